package dk.nextwork.matching.algorithm;

import java.util.List;
import java.util.Objects;

/**
 * A young person's wishes: the offers they would accept, best first, at most
 * {@value DeferredAcceptance#MAX_CHOICES}. An offer they did not list is one they would not take.
 */
public record ChoiceList(String youngPerson, List<String> offers) {

    public ChoiceList {
        Objects.requireNonNull(youngPerson, "youngPerson");
        offers = List.copyOf(offers);
    }
}
