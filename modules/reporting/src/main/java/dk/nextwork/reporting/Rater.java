package dk.nextwork.reporting;

/** Who rates an indicator. */
public enum Rater {
    COMPANY,
    COUNSELLOR,
    YOUNG_PERSON
}
