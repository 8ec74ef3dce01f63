package dk.nextwork.program;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/** When a network group meets every week: the day of the week and the time of day, in Danish time. */
public record WeeklyMeeting(DayOfWeek day, LocalTime time) {

    public WeeklyMeeting {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
    }

    /** From a form's two fields: both empty is "not settled yet", one without the other is refused. */
    public static Optional<WeeklyMeeting> of(DayOfWeek day, LocalTime time) throws ProgrammeRefusedException {
        if (day == null && time == null) {
            return Optional.empty();
        }
        if (day == null || time == null) {
            throw new ProgrammeRefusedException("program.refused.meetingTime");
        }
        return Optional.of(new WeeklyMeeting(day, time));
    }

    /** The day of the next meeting on or after {@code from}: a meeting today is the next one all day. */
    public LocalDate nextOn(LocalDate from) {
        return from.with(TemporalAdjusters.nextOrSame(day));
    }
}
