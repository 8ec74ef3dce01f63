package dk.nextwork.matching;

import java.time.LocalDate;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

/** Where a proposal stands. */
public enum ProposalState {
    /** Waiting for the young person's and the company's answers, until the answer day. */
    WAITING,
    /** Both said yes: the placement is made. */
    PLACED,
    /** One of them said no: the seat is free for a later round. */
    DECLINED,
    /** Both said yes, but the programme's rules refused the placement (the reason is kept). */
    REFUSED,
    /** The answer day passed without both answers: the seat is free again. */
    LAPSED;

    /** A stored proposal's state on a day: one still waiting after its answer day has lapsed. */
    public static ProposalState of(Node proposal, LocalDate today) throws RepositoryException {
        ProposalState stored = valueOf(proposal.getProperty("state").getString());
        if (stored == WAITING && today.isAfter(LocalDate.parse(proposal.getProperty("answerBy").getString()))) {
            return LAPSED;
        }
        return stored;
    }

    public boolean holdsSeat() {
        return this == WAITING;
    }
}
