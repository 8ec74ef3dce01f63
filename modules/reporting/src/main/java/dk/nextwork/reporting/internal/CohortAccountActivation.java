package dk.nextwork.reporting.internal;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.AccountActivation;

/**
 * Only active young people count in the programme's figures, as in its lists: turning an account
 * off or on marks the young person due in the same save, so their part leaves the figures, or
 * comes back, at the worker's next turn.
 */
@ApplicationScoped
public class CohortAccountActivation implements AccountActivation {

    private final RefreshRequests requests;

    protected CohortAccountActivation() {
        this(RefreshRequests.NONE);
    }

    @Inject
    public CohortAccountActivation(RefreshRequests requests) {
        this.requests = requests;
    }

    @Override
    public void changing(Session session, String accountId, boolean active) throws RepositoryException {
        CohortContribution.markDue(session, accountId);
    }

    @Override
    public void changed(String accountId, boolean active) {
        requests.soon(accountId);
    }
}
