package dk.nextwork.today;

import java.time.LocalDate;

/** One placement of a young person's journey: where, when, and whether it is behind them, now or ahead. */
public record JourneyStep(String companyName, LocalDate from, LocalDate until, When when) {

    public enum When { BEHIND, NOW, AHEAD }
}
