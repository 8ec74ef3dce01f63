package dk.nextwork.reporting;

import java.util.Set;

/** The three ways ratings are gathered, each for one cadence and its raters. */
public enum Instrument {
    WEEKLY_REPORT(Cadence.WEEKLY, Set.of(Rater.COMPANY)),
    MONTHLY_ASSESSMENT(Cadence.MONTHLY, Set.of(Rater.COMPANY, Rater.COUNSELLOR)),
    QUESTIONNAIRE(Cadence.HALF_YEARLY, Set.of(Rater.YOUNG_PERSON));

    private final Cadence cadence;
    private final Set<Rater> raters;

    Instrument(Cadence cadence, Set<Rater> raters) {
        this.cadence = cadence;
        this.raters = raters;
    }

    public Cadence cadence() {
        return cadence;
    }

    /** Who may fill in this instrument. */
    public Set<Rater> raters() {
        return raters;
    }

    public static Instrument of(Cadence cadence) {
        for (Instrument instrument : values()) {
            if (instrument.cadence == cadence) {
                return instrument;
            }
        }
        throw new IllegalArgumentException(String.valueOf(cadence));
    }
}
