package dk.nextwork.today;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.nextwork.development.ScoreMovement;
import dk.nextwork.signals.Signal;

/**
 * A young person placed with the company now, as the representative's card shows them.
 *
 * @param thisWeek         where this week's report stands
 * @param recent           the weekly dimension's latest scores of ended weeks, oldest first (the card's small trend)
 * @param trend            how the weekly dimension moved in its last step
 * @param nextConversation about when the next guided conversation is due
 * @param signals          the open signals the company sees: the positive ones and the concerns it raised
 */
public record PlacedYoungPerson(String youngPerson, String name, LocalDate since, LocalDate until, WeekReport thisWeek,
                                List<Double> recent, Optional<ScoreMovement> trend, LocalDate nextConversation,
                                List<Signal> signals) {

    public PlacedYoungPerson {
        recent = List.copyOf(recent);
        signals = List.copyOf(signals);
    }

    public enum WeekReport { SENT, DRAFT, NOT_STARTED }
}
