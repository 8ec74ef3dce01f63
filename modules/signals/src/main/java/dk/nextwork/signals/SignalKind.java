package dk.nextwork.signals;

/**
 * What a signal says. Each rests on something anyone may check (the reports, the scores, the last
 * conversation, or a person's flag); none is a score of its own, and none decides anything.
 */
public enum SignalKind {
    /** The company's weekly report is not in for the last two ended weeks of a placement that is on. */
    REPORTS_MISSING,
    /** The absence hours of the weekly reports rose three weeks running. */
    ABSENCE_RISING,
    /** A dimension's score fell over three periods running. */
    DIMENSION_FALLING,
    /** The company representative or the counsellor is concerned, with a short reason. */
    CONCERN,
    /** A dimension's latest score is higher than every earlier one (at least two earlier). */
    NEW_HIGH,
    /** The area chosen at the last conversation has gone up since. */
    FOCUS_UP;

    /** Whether it is good news (shown first, and to the company too). */
    public boolean positive() {
        return this == NEW_HIGH || this == FOCUS_UP;
    }
}
