package dk.nextwork.identity;

import java.time.Clock;

import dk.nextwork.identity.internal.AccountStore;
import dk.nextwork.identity.internal.TokenStore;
import dk.nextwork.platform.runtime.Platform;

/** The identity services wired by hand over a started platform, as CDI wires them in the portal. */
final class IdentityFixture {

    final Platform platform;
    final AccountStore store;
    final TokenStore tokenStore;
    final AuditTrail audit;
    final Accounts accounts;
    final SignIn signIn;
    final Mail mail;
    final OneTimeLinks links;
    final ApiTokens apiTokens;

    IdentityFixture(Platform platform, Clock clock) {
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
