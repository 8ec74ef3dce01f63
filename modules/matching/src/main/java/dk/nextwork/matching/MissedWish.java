package dk.nextwork.matching;

import dk.nextwork.matching.algorithm.MissReason;

/** A wish the young person had before what they got, and why it was not theirs; no other young person is named. */
public record MissedWish(int choice, Offer offer, String companyName, MissReason reason) {
}
