package dk.nextwork.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dk.nextwork.identity.internal.AccountStore;
import dk.nextwork.identity.internal.SignInBackoff;
import dk.nextwork.identity.internal.SignInThrottle;
import dk.nextwork.identity.internal.TokenStore;
import dk.nextwork.platform.runtime.Platform;

/** The identity services wired by hand over a started platform, as CDI wires them in the portal, all on one clock. */
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
    public final SignInThrottle throttle;
    /** The company directories the portal has: none until a test adds one (as the programme module provides one). */
    public final List<CompanyDirectory> directories = new ArrayList<>();
    public final RepresentedCompanies companies = new RepresentedCompanies(directories);
    /** What keeps in step with accounts turned off and on: nothing until a test adds one (as the reporting module provides one). */
    public final List<AccountActivation> activations = new ArrayList<>();

    public IdentityFixture(Platform platform, Clock clock) {
        this.platform = platform;
        store = new AccountStore(platform.repository(), clock);
        tokenStore = new TokenStore(platform.repository(), clock);
        audit = new AuditTrail(platform.repository(), clock);
        throttle = new SignInThrottle(platform.repository(), SignInBackoff.ACCOUNT_AT_CLIENT, clock);
        accounts = new Accounts(store, tokenStore, audit, throttle, companies, activations);
        signIn = new SignIn(store, audit, throttle, clock);
        mail = new Mail(platform.configuration(), clock);
        links = new OneTimeLinks(store, tokenStore, mail, audit, throttle, platform.configuration(), clock);
        apiTokens = new ApiTokens(tokenStore, store, audit, clock);
    }
}
