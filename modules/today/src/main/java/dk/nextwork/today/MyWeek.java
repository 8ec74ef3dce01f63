package dk.nextwork.today;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.nextwork.development.ScoreMovement;
import dk.nextwork.reporting.DueReport;
import dk.nextwork.signals.Signal;

/**
 * What a young person's week holds, as their start view shows it.
 *
 * @param placement   the placement they are in today
 * @param next        else the placement that comes next, if one is planned
 * @param focus       the area chosen at the last conversation and how it has moved since
 * @param focusChosen the day of that conversation
 * @param waiting     what is waiting for them to fill in
 * @param nextMeeting their network group's next meeting
 * @param journey     their placements, oldest first
 * @param signals     their open signals, worded to them as invitations
 */
public record MyWeek(String firstName, LocalDate today, Optional<PlacementNow> placement, Optional<PlacementNow> next,
                     Optional<ScoreMovement> focus, Optional<LocalDate> focusChosen, List<Waiting> waiting,
                     Optional<GroupMeeting> nextMeeting, List<JourneyStep> journey, List<Signal> signals) {

    public MyWeek {
        waiting = List.copyOf(waiting);
        journey = List.copyOf(journey);
        signals = List.copyOf(signals);
    }

    /**
     * A form waiting for the young person, with how long it is: so many statements, about so many
     * minutes (at {@value #SECONDS_A_STATEMENT} seconds a statement, rounded up).
     */
    public record Waiting(DueReport due, int statements, int minutes) {

        public static final int SECONDS_A_STATEMENT = 20;

        public static Waiting of(DueReport due, int statements) {
            return new Waiting(due, statements, Math.max(1, (statements * SECONDS_A_STATEMENT + 59) / 60));
        }
    }
}
