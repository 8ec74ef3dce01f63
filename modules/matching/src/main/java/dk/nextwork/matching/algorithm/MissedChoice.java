package dk.nextwork.matching.algorithm;

/**
 * One wish a young person did not get, and why. For {@link MissReason#FULL}, {@code yourRank} is
 * their place in the company's order after the lottery and {@code lastAdmittedRank} the place of the
 * last candidate who got a seat (always before theirs); both are 0 for the other reasons. Places
 * count only the candidates who wished for the offer and whom the company ranked, so nothing here
 * names or points at another young person.
 */
public record MissedChoice(int choice, String offer, MissReason reason, int yourRank, int lastAdmittedRank) {

    static MissedChoice full(int choice, String offer, int yourRank, int lastAdmittedRank) {
        return new MissedChoice(choice, offer, MissReason.FULL, yourRank, lastAdmittedRank);
    }

    static MissedChoice because(int choice, String offer, MissReason reason) {
        return new MissedChoice(choice, offer, reason, 0, 0);
    }
}
