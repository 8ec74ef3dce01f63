package dk.nextwork.reporting;

import java.util.Map;

/**
 * What a rater fills in: the ratings by indicator id (an indicator left out could not be judged),
 * an optional comment, and for a weekly report the hours of absence that week.
 */
public record ReportInput(String youngPerson, Instrument instrument, Period period, Map<String, Integer> ratings,
                          String comment, Integer absenceHours) {

    public ReportInput {
        ratings = Map.copyOf(ratings);
        comment = comment == null ? "" : comment.strip();
    }
}
