package dk.nextwork.reporting;

import java.util.Map;

/**
 * What a rater fills in: the ratings by indicator id (an indicator left out could not be judged),
 * an optional comment, for a weekly report the hours of absence that week, and for a counsellor's
 * monthly assessment the answer to the {@link Likelihood} question (null: not answered).
 */
public record ReportInput(String youngPerson, Instrument instrument, Period period, Map<String, Integer> ratings,
                          String comment, Integer absenceHours, Integer likelihood) {

    public ReportInput {
        ratings = Map.copyOf(ratings);
        comment = comment == null ? "" : comment.strip();
    }

    /** What a rater fills in without a likelihood answer. */
    public ReportInput(String youngPerson, Instrument instrument, Period period, Map<String, Integer> ratings,
                       String comment, Integer absenceHours) {
        this(youngPerson, instrument, period, ratings, comment, absenceHours, null);
    }
}
