package dk.nextwork.program;

import java.time.LocalDate;

/** Where a placement stands on a day: what the coordinators' list of placements is narrowed by. */
public enum PlacementState {
    /** Every placement, whatever it stands. */
    ALL,
    /** Under way on the day: begun, and its last day not passed. */
    ACTIVE,
    /** Not begun yet. */
    PLANNED,
    /** Over: its last day (planned, or the day it ended early) is before the day. */
    ENDED;

    public boolean holds(Placement placement, LocalDate day) {
        return switch (this) {
            case ALL -> true;
            case ACTIVE -> placement.isActiveOn(day);
            case PLANNED -> placement.start().isAfter(day);
            case ENDED -> placement.lastDay().isBefore(day);
        };
    }
}
