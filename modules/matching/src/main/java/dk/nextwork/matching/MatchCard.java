package dk.nextwork.matching;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A candidate as a company sees them for a match: only what a match needs. The id is for the
 * company's actions on the card, never shown. The age is there when the young person gave their
 * birth month; {@code developmentShared} when they let the company see their development picture.
 */
public record MatchCard(String youngPerson, String firstName, OptionalInt age, int hoursPerWeek, String interests,
                        String goals, String why, boolean developmentShared, Optional<TrialDay> trialDay) {
}
