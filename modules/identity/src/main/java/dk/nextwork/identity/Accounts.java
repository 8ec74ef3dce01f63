package dk.nextwork.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.jcr.RepositoryException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.internal.AccountStore;
import dk.nextwork.identity.internal.EmailAddresses;
import dk.nextwork.identity.internal.PasswordHashing;
import dk.nextwork.identity.internal.PasswordPolicy;
import dk.nextwork.identity.internal.SignInThrottle;
import dk.nextwork.identity.internal.TokenStore;

/**
 * The people who can sign in. Administrators create any account and turn accounts off;
 * coordinators create accounts for young people, company representatives and counsellors.
 * Each change is audited with who made it.
 */
@ApplicationScoped
public class Accounts {

    private final AccountStore store;
    private final TokenStore tokens;
    private final AuditTrail audit;
    private final SignInThrottle throttle;
    private final RepresentedCompanies companies;

    protected Accounts() {
        this(null, null, null, null, new RepresentedCompanies());
    }

    /** Without the companies of a directory: any company id is taken as given. */
    public Accounts(AccountStore store, TokenStore tokens, AuditTrail audit, SignInThrottle throttle) {
        this(store, tokens, audit, throttle, new RepresentedCompanies());
    }

    @Inject
    public Accounts(AccountStore store, TokenStore tokens, AuditTrail audit, SignInThrottle throttle,
                    RepresentedCompanies companies) {
        this.store = store;
        this.tokens = tokens;
        this.audit = audit;
        this.throttle = throttle;
        this.companies = companies;
    }

    public Optional<UserAccount> find(String id) {
        return store.find(id);
    }

    /**
     * The accounts of those ids that exist (an id that names none is left out), read in one
     * session: for a list of thousands, where {@link #find} one by one would open a session each.
     */
    public java.util.Map<String, UserAccount> findAll(java.util.Collection<String> ids) {
        return store.findAll(ids);
    }

    public Optional<UserAccount> findByEmail(String email) {
        return store.findByEmail(email);
    }

    /** For install tasks of other modules: an account's id by e-mail address, in their session. */
    public static Optional<String> idOf(javax.jcr.Session session, String email) throws RepositoryException {
        return AccountStore.idByEmail(session, email);
    }

    public List<UserAccount> all() {
        return store.all();
    }

    /** Who represents a company: the contact people of a young person placed there (names and e-mail addresses are work data). */
    public List<UserAccount> representativesOf(String company) {
        return store.representativesOf(company);
    }

    /**
     * Every account, for those who manage accounts (administrators and coordinators): a young
     * person's name and address are personal data, so the listing is in each young person's trail.
     */
    public List<UserAccount> listFor(Caller caller) {
        SignedInUser by = caller.user();
        if (!RoleCheck.holdsAny(by, Role.ADMIN, Role.COORDINATOR)) {
            audit.record(actor(by), "accounts.list.refused", null, null, caller.client());
            throw new AccessDeniedException("only those who manage accounts may list them");
        }
        List<UserAccount> all = store.all();
        audit.recordAll(by.id(), "person.listed", all.stream().filter(a -> a.has(Role.YOUTH)).map(UserAccount::id).toList(),
                "account list", caller.client());
        return all;
    }

    /**
     * A new account, without a password until its owner sets one through an invitation. A
     * company representative must name their company, and only they may.
     */
    public UserAccount create(SignedInUser by, String email, String name, Set<Role> roles, String company,
                              String language) throws AccountRefusedException {
        if (!mayCreate(by, roles)) {
            audit.record(actor(by), "account.create.refused", null, "roles " + roles, null);
            throw new AccessDeniedException("you may not create accounts with these roles");
        }
        if (!EmailAddresses.isValid(email)) {
            throw new AccountRefusedException("identity.refused.email");
        }
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new AccountRefusedException("identity.refused.name", 120);
        }
        if (roles.isEmpty()) {
            throw new AccountRefusedException("identity.refused.role");
        }
        boolean rep = roles.contains(Role.COMPANY_REP);
        if (rep != (company != null && !company.isBlank())) {
            throw new AccountRefusedException(rep ? "identity.refused.company" : "identity.refused.notCompany");
        }
        if (rep && !companies.knows(company)) {
            throw new AccountRefusedException("identity.refused.unknownCompany");
        }
        if (store.findByEmail(email).isPresent()) {
            throw new AccountRefusedException("identity.refused.exists");
        }
        UserAccount account;
        try {
            account = store.create(email, name, roles, rep ? company : null, language);
        } catch (IllegalArgumentException sameMoment) { // made at the same moment by someone else
            throw new AccountRefusedException("identity.refused.exists");
        }
        audit.record(actor(by), "account.create", account.id(), "roles " + roles, null);
        return account;
    }

    /** Sets a first password directly: only for set-up (demo accounts, the first administrator). */
    public void setInitialPassword(String id, String password) throws PasswordRejectedException {
        UserAccount account = store.find(id).orElseThrow(() -> new IllegalArgumentException("no such account"));
        PasswordPolicy.check(password, account.email(), account.name());
        store.setPasswordHash(id, PasswordHashing.hash(password));
    }

    /** Changes one's own password, given the current one; every other session and every API token of the account ends. */
    public void changePassword(Caller caller, String current, String replacement)
            throws PasswordRejectedException {
        SignedInUser user = caller.user();
        String client = caller.client();
        UserAccount account = store.find(user.id()).orElseThrow(() -> new AccessDeniedException("no such account"));
        // the current password is guessed against as sign-in is, so it waits as sign-in does
        Optional<java.time.Duration> wait = throttle.wait(account.email(), client);
        if (wait.isPresent()) {
            audit.record(user.id(), "password.change.refused", user.id(), "waiting after repeated failures", client);
            throw new PasswordRejectedException("identity.refused.password.tryLater", "too many attempts; try again later",
                    Math.max(1, (wait.get().toSeconds() + 59) / 60));
        }
        if (!PasswordHashing.matches(current, store.passwordHash(user.id()).orElse(null))) {
            throttle.failed(account.email(), client);
            audit.record(user.id(), "password.change.refused", user.id(), "wrong current password", client);
            throw new PasswordRejectedException("identity.refused.password.wrongCurrent", "the current password is not right");
        }
        throttle.succeeded(account.email(), client);
        PasswordPolicy.check(replacement, account.email(), account.name());
        store.setPasswordHash(user.id(), PasswordHashing.hash(replacement));
        tokens.revokeAll(user.id(), TokenStore.Purpose.API); // a token made with the old password must not outlive it
        audit.record(user.id(), "password.change", user.id(), null, client);
    }

    /** Ends every session and API token of the account, on every app node. */
    public void signOutEverywhere(String id, Caller caller) {
        store.endAllSessions(id);
        tokens.revokeAll(id, TokenStore.Purpose.API);
        audit.record(caller, "signOut.everywhere", id, null);
    }

    /** Administrators create any account; coordinators invite young people, representatives and counsellors. */
    public static boolean mayCreate(SignedInUser by, Set<Role> roles) {
        if (by == null || by.has(Role.ADMIN)) {
            return true;
        }
        return by.has(Role.COORDINATOR)
                && Set.of(Role.YOUTH, Role.COMPANY_REP, Role.COUNSELLOR).containsAll(roles);
    }

    /** Only administrators turn accounts off and on. */
    public void setActive(SignedInUser by, String id, boolean active) {
        RoleCheck.require(by, "only administrators may do this", Role.ADMIN);
        store.setActive(id, active);
        if (!active) {
            tokens.revokeAll(id, TokenStore.Purpose.API);
        }
        audit.record(actor(by), active ? "account.activate" : "account.deactivate", id, null, null);
    }

    public void setLanguage(String id, String language) {
        store.setLanguage(id, language);
    }

    private static String actor(SignedInUser by) {
        return by == null ? "system" : by.id();
    }
}
