package dk.nextwork.matching.algorithm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A round's strict preferences after the lottery, computed the plain way (lists and maps, straight
 * from the input and {@link Lottery#draw}), and every stable matching by brute force: what the
 * properties hold the fast algorithm against. A matching maps each placed young person to an offer.
 */
final class ReferenceRound {

    private final MatchingInput input;
    private final Map<String, List<String>> wishes = new LinkedHashMap<>();
    private final Map<String, Integer> seats = new LinkedHashMap<>();
    /** Each offer's candidates (those who wished for it and whom the company ranked) in the company's strict order. */
    private final Map<String, List<String>> candidates = new LinkedHashMap<>();

    ReferenceRound(MatchingInput input) {
        this.input = input;
        List<String> draw = Lottery.draw(input.youngPeople().stream().map(ChoiceList::youngPerson).toList(), input.seed());
        Map<String, Integer> drawn = new HashMap<>();
        draw.forEach(youngPerson -> drawn.put(youngPerson, drawn.size()));
        input.youngPeople().forEach(list -> wishes.put(list.youngPerson(), list.offers()));
        for (OfferRanking ranking : input.offers()) {
            seats.put(ranking.offer(), ranking.seats());
            List<String> order = new ArrayList<>();
            for (Set<String> tier : ranking.tiers()) {
                tier.stream().sorted(Comparator.comparing(drawn::get)).forEach(order::add);
            }
            order.removeIf(youngPerson -> !wishes.get(youngPerson).contains(ranking.offer()));
            candidates.put(ranking.offer(), order);
        }
    }

    MatchingInput input() {
        return input;
    }

    List<String> youngPeople() {
        return List.copyOf(wishes.keySet());
    }

    List<String> wishesOf(String youngPerson) {
        return wishes.get(youngPerson);
    }

    int seats(String offer) {
        return seats.get(offer);
    }

    boolean ranked(String offer, String youngPerson) {
        return candidates.get(offer).contains(youngPerson);
    }

    /** 1 = the company's first candidate for the offer. */
    int rank(String offer, String youngPerson) {
        return candidates.get(offer).indexOf(youngPerson) + 1;
    }

    /** How good an offer (null: none) is to a young person: 1 for their first wish; none is worse than every wish. */
    int worth(String youngPerson, String offer) {
        int position = offer == null ? -1 : wishes.get(youngPerson).indexOf(offer);
        return position < 0 ? Integer.MAX_VALUE : position + 1;
    }

    /** How good an offer is to a young person by their true list, when they may have got it by listing something else. */
    static int worthByTrueList(List<String> trueList, String offer) {
        int position = offer == null ? -1 : trueList.indexOf(offer);
        return offer == null ? trueList.size() + 1 : position < 0 ? Integer.MAX_VALUE : position + 1;
    }

    List<String> blockingPairs(Map<String, String> matching) {
        Map<String, List<String>> admitted = new HashMap<>();
        seats.keySet().forEach(offer -> admitted.put(offer, admittedTo(matching, offer)));
        List<String> blocking = new ArrayList<>();
        for (String youngPerson : wishes.keySet()) {
            String got = matching.get(youngPerson);
            for (String offer : wishes.get(youngPerson)) {
                if (offer.equals(got)) {
                    break;
                }
                if (!ranked(offer, youngPerson) || seats(offer) == 0) {
                    continue;
                }
                List<String> held = admitted.get(offer);
                if (held.size() < seats(offer)
                        || held.stream().anyMatch(other -> rank(offer, other) > rank(offer, youngPerson))) {
                    blocking.add(youngPerson + " and " + offer);
                }
            }
        }
        return blocking;
    }

    boolean respectsSeats(Map<String, String> matching) {
        return seats.keySet().stream().allMatch(offer -> admittedTo(matching, offer).size() <= seats(offer));
    }

    boolean onlyMutuallyAcceptable(Map<String, String> matching) {
        return matching.entrySet().stream().allMatch(pair -> ranked(pair.getValue(), pair.getKey()));
    }

    static List<String> admittedTo(Map<String, String> matching, String offer) {
        return matching.entrySet().stream().filter(pair -> pair.getValue().equals(offer)).map(Map.Entry::getKey).toList();
    }

    /** Every stable matching of mutually acceptable pairs within seats, by trying every assignment. */
    List<Map<String, String>> allStableMatchings() {
        List<Map<String, String>> stable = new ArrayList<>();
        assign(youngPeople(), 0, new HashMap<>(), new HashMap<>(), stable);
        return stable;
    }

    private void assign(List<String> youngPeople, int next, Map<String, String> matching, Map<String, Integer> taken,
                        List<Map<String, String>> stable) {
        if (next == youngPeople.size()) {
            if (blockingPairs(matching).isEmpty()) {
                stable.add(Map.copyOf(matching));
            }
            return;
        }
        String youngPerson = youngPeople.get(next);
        assign(youngPeople, next + 1, matching, taken, stable);
        for (String offer : wishes.get(youngPerson)) {
            if (ranked(offer, youngPerson) && taken.getOrDefault(offer, 0) < seats(offer)) {
                matching.put(youngPerson, offer);
                taken.merge(offer, 1, Integer::sum);
                assign(youngPeople, next + 1, matching, taken, stable);
                taken.merge(offer, -1, Integer::sum);
                matching.remove(youngPerson);
            }
        }
    }

    static Map<String, String> matchingOf(MatchingResult result) {
        Map<String, String> matching = new HashMap<>();
        result.placements().forEach((youngPerson, placement) -> matching.put(youngPerson, placement.offer()));
        return matching;
    }
}
