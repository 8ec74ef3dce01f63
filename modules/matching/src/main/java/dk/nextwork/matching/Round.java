package dk.nextwork.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A matching round: young people's lists until {@code listsDue}, the companies' rankings until
 * {@code rankingsDue}, placements planned from {@code plannedStart}; proposals are answered within
 * {@code answerDays} of the run. The seed of the run's lottery is stored with it, so the run can
 * be repeated exactly.
 */
public record Round(String id, LocalDate listsDue, LocalDate rankingsDue, LocalDate plannedStart, int answerDays,
                    LocalDate opened, Optional<Long> seed, Optional<Instant> ran) {

    public enum Stage {
        /** Young people make and change their lists; companies may rank as candidates come. */
        LISTS,
        /** The lists are in; companies rank until their deadline. */
        RANKINGS,
        /** Every deadline has passed: the coordinator runs it. */
        READY,
        /** Run: proposals are out. */
        RUN
    }

    public boolean isRun() {
        return ran.isPresent();
    }

    public Stage stage(LocalDate today) {
        if (isRun()) {
            return Stage.RUN;
        }
        if (!today.isAfter(listsDue)) {
            return Stage.LISTS;
        }
        return today.isAfter(rankingsDue) ? Stage.READY : Stage.RANKINGS;
    }

    /** Lists may change until the end of their deadline day, while the round has not been run. */
    public boolean takesLists(LocalDate today) {
        return !isRun() && !today.isAfter(listsDue);
    }

    public boolean takesRankings(LocalDate today) {
        return !isRun() && !today.isAfter(rankingsDue);
    }

    /** The coordinator may run it from the day the companies' rankings are due (the run closes them). */
    public boolean mayRun(LocalDate today) {
        return !isRun() && !today.isBefore(rankingsDue);
    }
}
