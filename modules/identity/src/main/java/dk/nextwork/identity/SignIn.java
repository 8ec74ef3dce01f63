package dk.nextwork.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.jcr.RepositoryException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.nextwork.identity.internal.AccountStore;
import dk.nextwork.identity.internal.ClientThrottle;
import dk.nextwork.identity.internal.PasswordHashing;
import dk.nextwork.identity.internal.SignInBackoff;

/**
 * Signing in with e-mail address and password. Failed attempts slow down both the account (its
 * count is kept in the repository, so every app node sees it) and the client address; every
 * attempt is audited, and a refusal never tells whether the address has an account.
 */
@ApplicationScoped
public class SignIn {

    private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);

    private final AccountStore accounts;
    private final AuditTrail audit;
    private final ClientThrottle clients;
    private final Clock clock;

    protected SignIn() {
        this(null, null, Clock.systemUTC());
    }

    @Inject
    public SignIn(AccountStore accounts, AuditTrail audit) {
        this(accounts, audit, Clock.systemUTC());
    }

    SignIn(AccountStore accounts, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.clients = new ClientThrottle(SignInBackoff.CLIENT, clock);
    }

    public SignInResult signIn(String email, String password, String client) throws RepositoryException {
        Optional<Duration> clientWait = clients.wait(client);
        if (clientWait.isPresent()) {
            audit.record(null, "signIn.throttled", null, "client address waiting", client);
            return new SignInResult.TryLater(clientWait.get());
        }
        Optional<UserAccount> found = email == null ? Optional.empty() : accounts.findByEmail(email);
        Instant now = clock.instant();
        if (found.isPresent()) {
            Optional<Instant> locked = accounts.lockedUntil(found.get().id()).filter(now::isBefore);
            if (locked.isPresent()) {
                audit.record(null, "signIn.throttled", found.get().id(), "account locked", client);
                return new SignInResult.TryLater(Duration.between(now, locked.get()));
            }
        }
        String hash = found.isPresent() ? accounts.passwordHash(found.get().id()).orElse(null) : null;
        boolean matches = PasswordHashing.matches(password, hash);
        if (matches && found.get().active()) {
            accounts.clearFailures(found.get().id());
            clients.succeeded(client);
            audit.record(found.get().id(), "signIn.success", found.get().id(), null, client);
            return new SignInResult.SignedIn(SignedInUser.of(found.get()));
        }
        if (clients.failed(client)) {
            LOG.warn("Sign-in from {} paused after repeated failures", client);
        }
        if (found.isPresent()) {
            long failures = accounts.recordFailure(found.get().id(), count -> SignInBackoff.ACCOUNT.lockUntil(count, now));
            if (SignInBackoff.ACCOUNT.lockUntil(failures, now) != null) {
                LOG.warn("Account {} locked after {} failed sign-ins in a row", found.get().id(), failures);
                audit.record(null, "signIn.locked", found.get().id(), failures + " failures in a row", client);
            }
        }
        audit.record(null, "signIn.failure", found.map(UserAccount::id).orElse(null),
                found.isPresent() ? (matches ? "account not active" : "wrong password") : "unknown e-mail address", client);
        return new SignInResult.WrongCredentials();
    }

    /**
     * The user of a session started at the given session epoch, as the account is now; empty when
     * the account is gone, deactivated, or signed out everywhere since.
     */
    public Optional<SignedInUser> resume(String accountId, long sessionEpoch) throws RepositoryException {
        Optional<UserAccount> account = accounts.find(accountId);
        if (account.isEmpty() || !account.get().active() || accounts.sessionEpoch(accountId) != sessionEpoch) {
            return Optional.empty();
        }
        return Optional.of(SignedInUser.of(account.get()));
    }

    public long sessionEpoch(String accountId) throws RepositoryException {
        return accounts.sessionEpoch(accountId);
    }
}
