package dk.nextwork.program;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * A young person's placement at a company (the partner's id), from its start to its planned end,
 * or until it ended early: with the coordinator's reason ({@code endReason}), or because the young
 * person moved on to another company ({@code movedOnTo}, that company's id).
 */
public record Placement(String id, String youngPerson, String company, LocalDate start, LocalDate plannedEnd,
                        Optional<LocalDate> ended, Optional<String> endReason, Optional<String> movedOnTo) {

    /** The order placements are listed in: the newest start first, then by id (one day's starts in a fixed order). */
    public static final Comparator<Placement> NEWEST_FIRST = Comparator.comparing(Placement::start).reversed()
            .thenComparing(Placement::id);

    public Placement(String id, String youngPerson, String company, LocalDate start, LocalDate plannedEnd,
                     Optional<LocalDate> ended) {
        this(id, youngPerson, company, start, plannedEnd, ended, Optional.empty(), Optional.empty());
    }

    /** Whether the two placements share a day. */
    public boolean overlaps(LocalDate otherStart, LocalDate otherLastDay) {
        return !otherStart.isAfter(lastDay()) && !otherLastDay.isBefore(start);
    }

    /** The last day of the placement: the day it ended, or else its planned end. */
    public LocalDate lastDay() {
        return ended.orElse(plannedEnd);
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(lastDay());
    }
}
