package dk.nextwork.matching;

import java.util.Optional;

/**
 * A candidate as a company sees them for a match: only what a match needs. The id is for the
 * company's actions on the card, never shown.
 */
public record MatchCard(String youngPerson, String firstName, int hoursPerWeek, String interests, String goals, String why,
                        Optional<TrialDay> trialDay) {
}
