package dk.nextwork.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.nextwork.identity.internal.AccountStore;
import dk.nextwork.identity.internal.ClientThrottle;
import dk.nextwork.identity.internal.PasswordHashing;
import dk.nextwork.identity.internal.SignInBackoff;
import dk.nextwork.identity.internal.SignInThrottle;

/**
 * Signing in with e-mail address and password. Failed attempts slow down the address at the
 * client that tries it ({@link SignInThrottle}: in the repository, so every app node sees them)
 * and, over all addresses, the client itself. An address without an account is answered exactly as
 * one with an account, so a refusal never tells who is enrolled; every attempt is audited.
 */
@ApplicationScoped
public class SignIn {

    private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);

    private final AccountStore accounts;
    private final AuditTrail audit;
    private final SignInThrottle throttle;
    private final ClientThrottle clients;

    protected SignIn() {
        this(null, null, null, Clock.systemUTC());
    }

    @Inject
    public SignIn(AccountStore accounts, AuditTrail audit, SignInThrottle throttle) {
        this(accounts, audit, throttle, Clock.systemUTC());
    }

    public SignIn(AccountStore accounts, AuditTrail audit, SignInThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.throttle = throttle;
        this.clients = new ClientThrottle(SignInBackoff.CLIENT, clock);
    }

    /** Signs in someone who is not signed in yet; the caller's address is throttled and audited. */
    public SignInResult signIn(String email, String password, Caller caller) {
        String client = caller.client();
        Optional<Duration> clientWait = clients.wait(client);
        if (clientWait.isPresent()) {
            audit.record(null, "signIn.throttled", null, "client address waiting", client);
            return new SignInResult.TryLater(clientWait.get());
        }
        Optional<UserAccount> found = email == null ? Optional.empty() : accounts.findByEmail(email);
        String subject = found.map(UserAccount::id).orElse(null);
        Optional<Duration> wait = throttle.wait(email, client);
        if (wait.isPresent()) {
            audit.record(null, "signIn.throttled", subject, "address waiting at this client", client);
            return new SignInResult.TryLater(wait.get());
        }
        String hash = found.isPresent() ? accounts.passwordHash(found.get().id()).orElse(null) : null;
        boolean matches = PasswordHashing.matches(password, hash); // as slow without an account
        if (matches && found.get().active()) {
            throttle.succeeded(email, client);
            clients.succeeded(client);
            audit.record(found.get().id(), "signIn.success", found.get().id(), null, client);
            return new SignInResult.SignedIn(SignedInUser.of(found.get()));
        }
        if (clients.failed(client)) {
            LOG.warn("Sign-in from {} paused after repeated failures", client);
        }
        if (throttle.failed(email, client)) {
            LOG.warn("Sign-in for an address paused at {} after repeated failures", client);
            audit.record(null, "signIn.locked", subject, "repeated failures from this client", client);
        }
        audit.record(null, "signIn.failure", subject,
                found.isPresent() ? (matches ? "account not active" : "wrong password") : "unknown e-mail address", client);
        return new SignInResult.WrongCredentials();
    }

    /**
     * The user of a session started at the given session epoch, as the account is now; empty when
     * the account is gone, deactivated, or signed out everywhere since.
     */
    public Optional<SignedInUser> resume(String accountId, long sessionEpoch) {
        Optional<UserAccount> account = accounts.find(accountId);
        if (account.isEmpty() || !account.get().active() || accounts.sessionEpoch(accountId) != sessionEpoch) {
            return Optional.empty();
        }
        return Optional.of(SignedInUser.of(account.get()));
    }

    public long sessionEpoch(String accountId) {
        return accounts.sessionEpoch(accountId);
    }
}
