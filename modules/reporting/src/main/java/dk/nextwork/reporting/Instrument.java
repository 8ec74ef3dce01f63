package dk.nextwork.reporting;

import java.util.EnumSet;
import java.util.Set;

/**
 * The three ways ratings are gathered, each for one cadence and its raters. An optional rater may
 * fill the instrument in but never has to: their report is never due, never overdue, never
 * reminded of, and it is a perspective beside the others rather than part of the scores.
 */
public enum Instrument {
    WEEKLY_REPORT(Cadence.WEEKLY, Set.of(Rater.COMPANY), Set.of()),
    /** The young person may give their own view of the month beside the company's and the counsellor's. */
    MONTHLY_ASSESSMENT(Cadence.MONTHLY, Set.of(Rater.COMPANY, Rater.COUNSELLOR), Set.of(Rater.YOUNG_PERSON)),
    QUESTIONNAIRE(Cadence.HALF_YEARLY, Set.of(Rater.YOUNG_PERSON), Set.of());

    private final Cadence cadence;
    private final Set<Rater> raters;
    private final Set<Rater> optionalRaters;

    Instrument(Cadence cadence, Set<Rater> required, Set<Rater> optional) {
        this.cadence = cadence;
        EnumSet<Rater> all = EnumSet.noneOf(Rater.class);
        all.addAll(required);
        all.addAll(optional);
        this.raters = Set.copyOf(all);
        this.optionalRaters = optional;
    }

    public Cadence cadence() {
        return cadence;
    }

    /** Who may fill in this instrument, optional raters included. */
    public Set<Rater> raters() {
        return raters;
    }

    /** Who may fill it in without ever having to. */
    public Set<Rater> optionalRaters() {
        return optionalRaters;
    }

    public boolean isOptionalFor(Rater rater) {
        return optionalRaters.contains(rater);
    }

    /**
     * Whether a rater's ratings count in the scores. An optional rater's do not: a score must not
     * rise or fall with whether someone chose to answer, and the young person's own view of the
     * month is shown beside the others' instead.
     */
    public boolean scoredFrom(Rater rater) {
        return raters.contains(rater) && !optionalRaters.contains(rater);
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
