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
 * @param likelihood    a counsellor's monthly answer to how likely the young person is in a job or
 *                      education a year from now ({@link Likelihood}); present only for those who
 *                      may read it (counsellors and coordinators)
 * @param corrections   what the report said before each correction, oldest first
 */
public record Report(String id, String youngPerson, Instrument instrument, Period period, Rater rater, String raterId,
                     int configVersion, Map<String, Integer> ratings, String comment, Optional<Integer> absenceHours,
                     Optional<Integer> likelihood, Status status, Instant updated, String updatedBy,
                     Optional<Instant> submitted, List<Correction> corrections) {

    public enum Status { DRAFT, SUBMITTED }

    public Report {
        ratings = Map.copyOf(ratings);
        corrections = List.copyOf(corrections);
    }

    /** A report without a likelihood answer (all but a counsellor's monthly assessment). */
    public Report(String id, String youngPerson, Instrument instrument, Period period, Rater rater, String raterId,
                  int configVersion, Map<String, Integer> ratings, String comment, Optional<Integer> absenceHours,
                  Status status, Instant updated, String updatedBy, Optional<Instant> submitted, List<Correction> corrections) {
        this(id, youngPerson, instrument, period, rater, raterId, configVersion, ratings, comment, absenceHours,
                Optional.empty(), status, updated, updatedBy, submitted, corrections);
    }

    public boolean isSubmitted() {
        return status == Status.SUBMITTED;
    }

    /** The report as someone who may not read the likelihood receives it: without it, also in its corrections. */
    public Report withoutLikelihood() {
        return new Report(id, youngPerson, instrument, period, rater, raterId, configVersion, ratings, comment, absenceHours,
                Optional.empty(), status, updated, updatedBy, submitted,
                corrections.stream().map(Correction::withoutLikelihood).toList());
    }

    /** What a submitted report said before a correction, and who corrected it when. */
    public record Correction(Instant corrected, String correctedBy, Map<String, Integer> ratings, String comment,
                             Optional<Integer> absenceHours, Optional<Integer> likelihood) {

        public Correction(Instant corrected, String correctedBy, Map<String, Integer> ratings, String comment,
                          Optional<Integer> absenceHours) {
            this(corrected, correctedBy, ratings, comment, absenceHours, Optional.empty());
        }

        Correction withoutLikelihood() {
            return new Correction(corrected, correctedBy, ratings, comment, absenceHours, Optional.empty());
        }
    }
}
