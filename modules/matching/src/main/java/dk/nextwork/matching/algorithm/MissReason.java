package dk.nextwork.matching.algorithm;

/** Why a young person did not get an offer they wished for more than what they got. */
public enum MissReason {
    /** Every seat went to candidates the company had put before them. */
    FULL,
    /** The company did not rank them, or marked them "ikke denne gang". */
    NOT_ACCEPTABLE,
    /** The offer had no seats in this round. */
    NO_SEATS
}
