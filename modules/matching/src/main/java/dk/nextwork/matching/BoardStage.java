package dk.nextwork.matching;

/** The matching board's columns: where a young person stands on the way to a placement and on. */
public enum BoardStage {
    /** Active in the programme, looking: no list in the open round, no placement now. */
    EXPLORING,
    /** Their list is in the open round. */
    WISHED,
    /** A round proposed them a place; the answers are awaited. */
    PROPOSED,
    /** A company has invited them to a trial day. */
    TRIAL_DAY,
    /** In a placement today. */
    PLACED,
    /** Gone on: their participation is completed. */
    MOVED_ON
}
