package dk.nextwork.matching;

/**
 * An offer after a run: how many put it on their list, its seats in the round, how many were
 * filled, and the place in the company's order of the last candidate who got a seat (0: none).
 */
public record OfferResult(Round round, Offer offer, int wishedBy, int seats, int filled, int lastAdmittedRank) {
}
