package dk.nextwork.signals;

/** What the counsellor or coordinator did about a signal. */
public enum SignalAction {
    /** Talked with the young person. */
    TALKED,
    /** Arranged a meeting. */
    MEETING,
    /** Looked at it and found nothing needed. */
    NOTHING_NEEDED
}
