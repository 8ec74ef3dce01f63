package dk.nextwork.messaging.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Mail;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.messaging.Unread;
import dk.nextwork.messaging.UnreadChannel;
import dk.nextwork.messaging.internal.DigestStore;
import dk.nextwork.platform.config.PlatformSettings;
import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RepositoryFailure;
import dk.nextwork.platform.time.PortalTime;

/**
 * The e-mail digest of unread messages: at most one a day per person, from {@link #SENT_FROM} on,
 * and only when something came after the one before. It names the channels and counts their
 * unread messages, never what anyone wrote ({@link DigestLetter}). Everyone gets it until they
 * turn it off.
 */
@ApplicationScoped
public class Digests {

    /** The digest goes out after the working and school day. */
    public static final LocalTime SENT_FROM = LocalTime.of(16, 0);
    static final String ACTOR = "system:digest";
    private static final Set<Role> IN_CHANNELS = EnumSet.of(Role.YOUTH, Role.COUNSELLOR, Role.COORDINATOR, Role.COMPANY_REP);

    private final PortalRepository repository;
    private final Unread unread;
    private final Accounts accounts;
    private final Mail mail;
    private final AuditTrail audit;
    private final PortalConfiguration configuration;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected Digests() {
        this(null, null, null, null, null, null, Clock.systemUTC());
    }

    @Inject
    public Digests(PortalRepository repository, Unread unread, Accounts accounts, Mail mail, AuditTrail audit,
                   PortalConfiguration configuration) {
        this(repository, unread, accounts, mail, audit, configuration, Clock.systemUTC());
    }

    public Digests(PortalRepository repository, Unread unread, Accounts accounts, Mail mail, AuditTrail audit,
                   PortalConfiguration configuration, Clock clock) {
        this.repository = repository;
        this.unread = unread;
        this.accounts = accounts;
        this.mail = mail;
        this.audit = audit;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** Whether the viewer gets the digest: yes, until they turn it off. */
    public boolean wanted(Caller by) {
        String person = by.user().id();
        return !repository.withServiceSession(session -> DigestStore.read(session, person)).off();
    }

    /** The viewer turns their own digest off, or on again. */
    public void choose(Caller by, boolean wanted) {
        String person = by.user().id();
        repository.withServiceSession(session -> {
            DigestStore.setOff(session, person, !wanted);
            session.save();
            return null;
        });
        audit.record(by, wanted ? "messaging.digest.on" : "messaging.digest.off", person, null);
    }

    /** Sends the digests due now; how many went out. Each node may run this: a person's day is taken once. */
    public int sendDue() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(PortalTime.ZONE));
        if (now.toLocalTime().isBefore(SENT_FROM)) {
            return 0;
        }
        LocalDate today = now.toLocalDate();
        int sent = 0;
        for (UserAccount account : accounts.all()) {
            if (account.active() && account.roles().stream().anyMatch(IN_CHANNELS::contains) && send(account, today)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(UserAccount account, LocalDate today) {
        String person = account.id();
        DigestStore.State before = repository.withServiceSession(session -> DigestStore.read(session, person));
        if (before.off() || before.sentOn().filter(today::equals).isPresent()) {
            return false;
        }
        List<UnreadChannel> waiting = unread.of(new Caller(SignedInUser.of(account), ACTOR));
        if (waiting.stream().noneMatch(channel -> channel.newest() > before.counted(channel.channel().id()))) {
            return false;
        }
        Map<String, Long> newest = new HashMap<>();
        waiting.forEach(channel -> newest.put(channel.channel().id(), channel.newest()));
        if (!taken(person, today, newest)) {
            return false;
        }
        DigestLetter letter = DigestLetter.of(account, waiting, PlatformSettings.publicUrl(configuration));
        if (!mail.send(account.email(), letter.subject(), letter.text())) {
            repository.withServiceSession(session -> {
                DigestStore.restore(session, person, before);
                session.save();
                return null;
            });
            return false;
        }
        audit.record(ACTOR, "messaging.digest.sent", person, null, null);
        return true;
    }

    /** Notes today's digest as the person's before it goes out: another node noting it at the same moment wins. */
    private boolean taken(String person, LocalDate today, Map<String, Long> newest) {
        try {
            return repository.withServiceSession(session -> {
                if (DigestStore.read(session, person).sentOn().filter(today::equals).isPresent()) {
                    return false;
                }
                DigestStore.sent(session, person, today, newest);
                session.save();
                return true;
            });
        } catch (RepositoryFailure failure) {
            if (failure.isConflict()) {
                return false;
            }
            throw failure;
        }
    }
}
