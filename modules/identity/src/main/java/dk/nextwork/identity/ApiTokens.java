package dk.nextwork.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.internal.AccountStore;
import dk.nextwork.identity.internal.TokenStore;

/**
 * Bearer tokens for REST clients ({@code Authorization: Bearer …}), issued to a signed-in user
 * and valid for 30 days or until the user signs out everywhere.
 */
@ApplicationScoped
public class ApiTokens {

    public static final Duration LIFETIME = Duration.ofDays(30);

    /** A token as handed out once; only its hash is kept. */
    public record IssuedToken(String token, Instant expires) {
    }

    private final TokenStore tokens;
    private final AccountStore accounts;
    private final AuditTrail audit;
    private final Clock clock;

    protected ApiTokens() {
        this(null, null, null, Clock.systemUTC());
    }

    @Inject
    public ApiTokens(TokenStore tokens, AccountStore accounts, AuditTrail audit) {
        this(tokens, accounts, audit, Clock.systemUTC());
    }

    /** With the clock a token's 30 days are counted from. */
    public ApiTokens(TokenStore tokens, AccountStore accounts, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new token for the caller's user. */
    public IssuedToken issue(Caller caller) {
        SignedInUser user = caller.user();
        Instant expires = clock.instant().plus(LIFETIME);
        String token = tokens.issue(user.id(), TokenStore.Purpose.API, expires);
        audit.record(caller, "apiToken.issue", user.id(), null);
        return new IssuedToken(token, expires);
    }

    /** The user a token was issued to, while the token and the account are valid. */
    public Optional<SignedInUser> userOf(String token) {
        Optional<TokenStore.Token> found = tokens.find(token, TokenStore.Purpose.API);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return accounts.find(found.get().account()).filter(UserAccount::active).map(SignedInUser::of);
    }
}
