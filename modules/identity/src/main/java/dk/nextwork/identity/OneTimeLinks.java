package dk.nextwork.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.internal.AccountStore;
import dk.nextwork.identity.internal.PasswordHashing;
import dk.nextwork.identity.internal.PasswordPolicy;
import dk.nextwork.identity.internal.SignInThrottle;
import dk.nextwork.identity.internal.TokenStore;
import dk.nextwork.platform.config.PlatformSettings;
import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.i18n.Texts;

/**
 * Invitations and password resets: a link by e-mail that sets a password once, before it
 * expires (an invitation after 7 days, a reset after 1 hour).
 */
@ApplicationScoped
public class OneTimeLinks {

    public static final Duration INVITATION_LIFETIME = Duration.ofDays(7);
    public static final Duration RESET_LIFETIME = Duration.ofHours(1);
    /** Where the link leads: the application's set-password view. */
    public static final String PAGE = "/app/password";

    private final AccountStore accounts;
    private final TokenStore tokens;
    private final Mail mail;
    private final AuditTrail audit;
    private final SignInThrottle throttle;
    private final PortalConfiguration configuration;
    private final Clock clock;

    protected OneTimeLinks() {
        this(null, null, null, null, null, null, Clock.systemUTC());
    }

    @Inject
    public OneTimeLinks(AccountStore accounts, TokenStore tokens, Mail mail, AuditTrail audit, SignInThrottle throttle,
                        PortalConfiguration configuration) {
        this(accounts, tokens, mail, audit, throttle, configuration, Clock.systemUTC());
    }

    /** With the clock a link's lifetime and the limit on reset mails are measured by. */
    public OneTimeLinks(AccountStore accounts, TokenStore tokens, Mail mail, AuditTrail audit, SignInThrottle throttle,
                        PortalConfiguration configuration, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mail = mail;
        this.audit = audit;
        this.throttle = throttle;
        this.configuration = configuration;
        this.clock = clock;
    }

    /**
     * E-mails the account's owner a link to choose a password; false when the e-mail could not be
     * sent. Only someone who may create such an account may invite it.
     */
    public boolean invite(SignedInUser by, String accountId) {
        UserAccount account = accounts.find(accountId).orElseThrow(() -> new IllegalArgumentException("no such account"));
        if (!Accounts.mayCreate(by, account.roles())) {
            audit.record(by.id(), "account.invite.refused", account.id(), null, null);
            throw new AccessDeniedException("you may not invite this account");
        }
        String token = tokens.issue(account.id(), TokenStore.Purpose.INVITATION, clock.instant().plus(INVITATION_LIFETIME));
        audit.record(by == null ? "system" : by.id(), "account.invite", account.id(), null, null);
        return send(account, "invitation", token, INVITATION_LIFETIME.toDays());
    }

    /**
     * E-mails a reset link when an active account has the address, at most one every 5 minutes
     * and 3 a day, so that nobody can flood an inbox; the caller answers the same in every case,
     * so the form does not reveal who has an account.
     */
    public void requestReset(String email, Caller caller) {
        String client = caller.client();
        Optional<UserAccount> account = accounts.findByEmail(email).filter(UserAccount::active);
        if (account.isEmpty()) {
            audit.record(null, "password.resetRequested", null, "no active account with that address", client);
            return;
        }
        if (!accounts.mayMailReset(account.get().id(), clock.instant())) {
            audit.record(null, "password.resetRequested", account.get().id(), "not sent: reset mails are limited", client);
            return;
        }
        audit.record(null, "password.resetRequested", account.get().id(), null, client);
        String token = tokens.issue(account.get().id(), TokenStore.Purpose.RESET, clock.instant().plus(RESET_LIFETIME));
        send(account.get(), "reset", token, RESET_LIFETIME.toMinutes());
    }

    /** The account a link is for, while the link still works. */
    public Optional<UserAccount> accountFor(String token) {
        Optional<TokenStore.Token> found = tokens.find(token, TokenStore.Purpose.INVITATION, TokenStore.Purpose.RESET);
        return found.isPresent() ? accounts.find(found.get().account()).filter(UserAccount::active) : Optional.empty();
    }

    /**
     * Sets the password through a link, which is then used up; every session and API token of the account ends.
     * The password is checked before the link is used, so a rejected one can be corrected.
     */
    public UserAccount setPassword(String token, String password, Caller caller)
            throws PasswordRejectedException {
        UserAccount account = accountFor(token).orElseThrow(() -> new IllegalArgumentException("the link has expired or was used"));
        PasswordPolicy.check(password, account.email(), account.name());
        Optional<TokenStore.Token> taken = tokens.take(token, TokenStore.Purpose.INVITATION, TokenStore.Purpose.RESET);
        if (taken.isEmpty()) {
            throw new IllegalArgumentException("the link has expired or was used");
        }
        accounts.setPasswordHash(account.id(), PasswordHashing.hash(password));
        tokens.revokeAll(account.id(), TokenStore.Purpose.API);
        throttle.forgive(account.email()); // the owner proved they hold the address: nobody's guesses lock them out
        audit.record(account.id(), "password.set", account.id(), "through " + taken.get().purpose().name().toLowerCase(Locale.ROOT) + " link", caller.client());
        return account;
    }

    private boolean send(UserAccount account, String kind, String token, long lifetime) {
        Locale locale = Locale.forLanguageTag(account.language());
        Texts texts = Texts.of(OneTimeLinks.class.getClassLoader());
        String link = publicUrl() + PAGE + "?token=" + token;
        return mail.send(account.email(), texts.get(locale, "identity.mail." + kind + ".subject"),
                texts.get(locale, "identity.mail." + kind + ".body", account.name(), link, lifetime));
    }

    private String publicUrl() {
        return PlatformSettings.publicUrl(configuration);
    }
}
