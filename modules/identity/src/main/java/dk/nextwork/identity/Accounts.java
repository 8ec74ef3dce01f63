package dk.nextwork.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.jcr.RepositoryException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import dk.nextwork.identity.internal.AccountStore;
import dk.nextwork.identity.internal.EmailAddresses;
import dk.nextwork.identity.internal.PasswordHashing;
import dk.nextwork.identity.internal.PasswordPolicy;
import dk.nextwork.identity.internal.SignInThrottle;
import dk.nextwork.identity.internal.TokenStore;
import dk.nextwork.identity.internal.AccountDirectory;

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
    private final Iterable<AccountActivation> activations;

    protected Accounts() {
        this(null, null, null, null, new RepresentedCompanies(), List.of());
    }

    /** Without the companies of a directory: any company id is taken as given. */
    public Accounts(AccountStore store, TokenStore tokens, AuditTrail audit, SignInThrottle throttle) {
        this(store, tokens, audit, throttle, new RepresentedCompanies(), List.of());
    }

    /** Without any module keeping something in step with whether an account is active. */
    public Accounts(AccountStore store, TokenStore tokens, AuditTrail audit, SignInThrottle throttle,
                    RepresentedCompanies companies) {
        this(store, tokens, audit, throttle, companies, List.of());
    }

    @Inject
    public Accounts(AccountStore store, TokenStore tokens, AuditTrail audit, SignInThrottle throttle,
                    RepresentedCompanies companies, Instance<AccountActivation> activations) {
        this(store, tokens, audit, throttle, companies, (Iterable<AccountActivation>) activations);
    }

    public Accounts(AccountStore store, TokenStore tokens, AuditTrail audit, SignInThrottle throttle,
                    RepresentedCompanies companies, Iterable<AccountActivation> activations) {
        this.store = store;
        this.tokens = tokens;
        this.audit = audit;
        this.throttle = throttle;
        this.companies = companies;
        this.activations = activations;
    }

    public Optional<UserAccount> find(String id) {
        return store.find(id);
    }

    /**
     * The accounts of those ids that exist, in the ids' order (an id that names none is left out),
     * read in one session: for a list of thousands, where {@link #find} one by one would open a session each.
     */
    public List<UserAccount> findAll(java.util.Collection<String> ids) {
        return store.findAll(ids);
    }

    public Optional<UserAccount> findByEmail(String email) {
        return store.findByEmail(email);
    }

    /** For install tasks of other modules: an account's id by e-mail address, in their session. */
    public static Optional<String> idOf(javax.jcr.Session session, String email) throws RepositoryException {
        return AccountStore.idByEmail(session, email);
    }

    /**
     * For other modules' work in their own session: whether the account is an active young
     * person's, the young people {@link PersonAccess#youngPeople} lists (false for no such account).
     */
    public static boolean isActiveYoungPerson(javax.jcr.Session session, String id) throws RepositoryException {
        return AccountStore.isActiveYoungPerson(session, id);
    }

    /** Every account, read one by one: for tests and set-up only; views page through {@link #listFor(Caller, String, int, int)}. */
    public List<UserAccount> all() {
        return store.all();
    }

    /**
     * The active holders of a role, by name, found by the role's index (for choosing a counsellor,
     * or showing a company's representatives): staff names are work data, not a young person's.
     */
    public List<UserAccount> withRole(Role role) {
        if (role == Role.YOUTH) { // tens of thousands, and personal data: listed a page at a time, audited, by PersonAccess
            throw new IllegalArgumentException("young people are listed through PersonAccess.youngPeople");
        }
        return store.withRole(role);
    }

    /** Every account in name order, and the active young people, kept in memory ({@link AccountDirectory}). */
    AccountDirectory directory() {
        return store.directory();
    }

    /**
     * Reads the account directory again from every account. Not needed in use (every write
     * and observed change keeps it); for after accounts were written directly in bulk, such as a
     * benchmark's load, so the first listing is not the one that reads them all.
     */
    public void rebuildAccountDirectory() {
        store.directory().rebuild();
    }

    /** Who represents a company: the contact people of a young person placed there (names and e-mail addresses are work data). */
    public List<UserAccount> representativesOf(String company) {
        return store.representativesOf(company);
    }

    /**
     * A page of every account whose name contains {@code nameFilter} (any case; {@code null} or
     * blank: all), in Danish name order, for those who manage accounts, from the kept account
     * directory: only the accounts on the page are read, and only the young people on it are in
     * their trail as listed ("account list").
     */
    public AccountPage listFor(Caller caller, String nameFilter, int offset, int limit) {
        requireManager(caller);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        AccountDirectory.Page page = store.directory().everyone(nameFilter, offset, limit);
        List<UserAccount> shown = store.findAll(page.entries().stream().map(AccountDirectory.Entry::id).toList());
        auditListed(caller, shown);
        return new AccountPage(shown, page.total());
    }

    /** How many accounts {@link #listFor(Caller, String, int, int)} finds in all; a number names no one. */
    public int countFor(Caller caller, String nameFilter) {
        requireManager(caller);
        return store.directory().everyone(nameFilter, 0, 0).total();
    }

    /**
     * The accounts of the ids, for those who manage accounts (the names beside the audit trail's
     * entries): only those are read, and the young people among them are in their trail as listed.
     */
    public List<UserAccount> listedFor(Caller caller, java.util.Collection<String> ids) {
        requireManager(caller);
        List<UserAccount> shown = store.findAll(ids);
        auditListed(caller, shown);
        return shown;
    }

    private void requireManager(Caller caller) {
        SignedInUser by = caller.user();
        if (!RoleCheck.holdsAny(by, Role.ADMIN, Role.COORDINATOR)) {
            audit.record(actor(by), "accounts.list.refused", null, null, caller.client());
            throw new AccessDeniedException("only those who manage accounts may list them");
        }
    }

    private void auditListed(Caller caller, List<UserAccount> shown) {
        audit.recordAll(caller.user().id(), "person.listed", shown.stream().filter(a -> a.has(Role.YOUTH)).map(UserAccount::id)
                .toList(), "account list", caller.client());
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

    /**
     * Only administrators turn accounts off and on. Every {@link AccountActivation} writes what
     * changes with it in the same save, and hears of it once saved.
     */
    public void setActive(SignedInUser by, String id, boolean active) {
        RoleCheck.require(by, "only administrators may do this", Role.ADMIN);
        store.setActive(id, active, session -> {
            for (AccountActivation activation : activations) {
                activation.changing(session, id, active);
            }
        });
        activations.forEach(activation -> activation.changed(id, active));
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
