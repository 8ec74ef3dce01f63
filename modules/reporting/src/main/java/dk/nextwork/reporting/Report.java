package dk.nextwork.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A weekly report, monthly assessment or questionnaire about one young person for one period by
 * one rater. {@code raterId} is the company's id for a company, otherwise the account id. A
 * rating left out of {@code ratings} is missing (the rater could not judge it), never zero.
 *
 * @param configVersion the trait configuration version its ratings were made under
 * @param corrections   what the report said before each correction, oldest first
 */
public record Report(String id, String youngPerson, Instrument instrument, Period period, Rater rater, String raterId,
                     int configVersion, Map<String, Integer> ratings, String comment, Optional<Integer> absenceHours,
                     Status status, Instant updated, String updatedBy, Optional<Instant> submitted,
                     List<Correction> corrections) {

    public enum Status { DRAFT, SUBMITTED }

    public Report {
        ratings = Map.copyOf(ratings);
        corrections = List.copyOf(corrections);
    }

    public boolean isSubmitted() {
        return status == Status.SUBMITTED;
    }

    /** What a submitted report said before a correction, and who corrected it when. */
    public record Correction(Instant corrected, String correctedBy, Map<String, Integer> ratings, String comment,
                             Optional<Integer> absenceHours) {
    }
}
