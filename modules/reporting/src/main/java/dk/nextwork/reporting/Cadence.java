package dk.nextwork.reporting;

/** How often an indicator is rated, and so which form it is on and which period a score covers. */
public enum Cadence {
    /** The company's weekly report. */
    WEEKLY,
    /** The monthly assessment, by the company and the counsellor. */
    MONTHLY,
    /** The half-yearly questionnaire the young person fills in. */
    HALF_YEARLY
}
