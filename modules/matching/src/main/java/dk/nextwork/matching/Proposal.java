package dk.nextwork.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A round's proposal to a young person of an offer (their {@code choice}-th wish): both the young
 * person and the company answer by {@code answerBy}; when both say yes the placement is made
 * through the programme's rules ({@code placement}), or the rules' refusal is kept ({@code
 * refusal}, a {@code program.refused.*} key with its values) for the coordinator.
 */
public record Proposal(String round, String youngPerson, Offer offer, int choice, LocalDate answerBy,
                       Optional<Boolean> youngPersonSaid, Optional<Boolean> companySaid, ProposalState state,
                       Optional<String> placement, Optional<String> refusal, List<Object> refusalValues) {

    public Proposal {
        refusalValues = List.copyOf(refusalValues);
    }
}
