package dk.nextwork.identity;

import java.time.Clock;

import dk.nextwork.identity.internal.AccountStore;
import dk.nextwork.identity.internal.TokenStore;
import dk.nextwork.platform.runtime.Platform;

/** The identity services wired by hand over a started platform, as CDI wires them in the portal. */
public final class IdentityFixture {

    public final Platform platform;
    public final AccountStore store;
    public final TokenStore tokenStore;
    public final AuditTrail audit;
    public final Accounts accounts;
    public final SignIn signIn;
    public final Mail mail;
    public final OneTimeLinks links;
    public final ApiTokens apiTokens;

    public IdentityFixture(Platform platform, Clock clock) {
        this.platform = platform;
        store = new AccountStore(platform.repository());
        tokenStore = new TokenStore(platform.repository());
        audit = new AuditTrail(platform.repository());
        accounts = new Accounts(store, tokenStore, audit);
        signIn = new SignIn(store, audit, clock);
        mail = new Mail(platform.configuration());
        links = new OneTimeLinks(store, tokenStore, mail, audit, platform.configuration());
        apiTokens = new ApiTokens(tokenStore, store, audit);
    }
}
