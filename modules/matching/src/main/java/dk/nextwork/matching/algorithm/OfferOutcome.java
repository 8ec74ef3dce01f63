package dk.nextwork.matching.algorithm;

/**
 * An offer after the round: how many young people wished for it, its seats, how many were filled,
 * and the place in the company's order (after the lottery, 1 = first) of the last candidate who got
 * a seat, 0 when none did.
 */
public record OfferOutcome(String offer, int wishedBy, int seats, int seatsFilled, int lastAdmittedRank) {
}
