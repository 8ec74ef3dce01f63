package dk.nextwork.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.platform.repository.ClusterConflicts;
import dk.nextwork.platform.repository.JcrValues;
import dk.nextwork.platform.repository.LargeFolders;
import dk.nextwork.platform.repository.PortalRepository;

/**
 * Failed attempts to prove a password (signing in, and the current password when changing it),
 * counted per e-mail address <em>at one client address</em>, in the repository so that every app
 * node sees them. Two rules follow from that key:
 * <ul>
 * <li>an address nobody has is counted exactly like one that has an account, so the answers never
 *     tell whether someone is enrolled in the programme;</li>
 * <li>a stranger guessing from their own address makes only themselves wait: the owner, signing in
 *     from theirs, is never locked out, and a password set through an e-mail link forgives every
 *     count of the address.</li>
 * </ul>
 * Only digests of the addresses are kept. Counts nobody added to for a day are cleared away.
 */
@ApplicationScoped
public class SignInThrottle {

    public static final String ROOT = "/system/signin-throttle";
    private static final Duration FORGET_AFTER = Duration.ofDays(1);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final PortalRepository repository;
    private final SignInBackoff backoff;
    private final Clock clock;
    private final AtomicLong lastPruned = new AtomicLong();

    /** For CDI's client proxy only. */
    protected SignInThrottle() {
        this(null, SignInBackoff.ACCOUNT_AT_CLIENT, Clock.systemUTC());
    }

    @Inject
    public SignInThrottle(PortalRepository repository) {
        this(repository, SignInBackoff.ACCOUNT_AT_CLIENT, Clock.systemUTC());
    }

    public SignInThrottle(PortalRepository repository, SignInBackoff backoff, Clock clock) {
        this.repository = repository;
        this.backoff = backoff;
        this.clock = clock;
    }

    /** How long attempts for this address from this client must wait; empty when they may go ahead. */
    public Optional<Duration> wait(String email, String client) {
        Instant now = clock.instant();
        return repository.withServiceSession(session -> {
            String path = path(email, client);
            if (!session.nodeExists(path) || !session.getNode(path).hasProperty("lockedUntil")) {
                return Optional.<Duration>empty();
            }
            Instant until = session.getNode(path).getProperty("lockedUntil").getDate().toInstant();
            return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.<Duration>empty();
        });
    }

    /** Counts a failure; returns true when the address must now wait at this client. */
    public boolean failed(String email, String client) {
        Instant now = clock.instant();
        boolean waiting = ClusterConflicts.retry("count a failed attempt", () -> repository.withServiceSession(session -> {
            Node perAddress = child(session.getNode(ROOT), digest(EmailAddresses.normalise(email)), LargeFolders.TYPE);
            Node entry = child(perAddress, digest(String.valueOf(client)), "nt:unstructured");
            boolean fresh = !entry.hasProperty("last")
                    || entry.getProperty("last").getDate().toInstant().isBefore(now.minus(FORGET_AFTER));
            long failures = (fresh || !entry.hasProperty("failures") ? 0 : entry.getProperty("failures").getLong()) + 1;
            entry.setProperty("failures", failures);
            entry.setProperty("last", JcrValues.utc(now));
            Instant until = backoff.lockUntil(failures, now);
            if (until != null) {
                entry.setProperty("lockedUntil", JcrValues.utc(until));
            }
            session.save();
            return until != null;
        }));
        long last = lastPruned.get();
        if (now.toEpochMilli() - last > PRUNE_EVERY.toMillis() && lastPruned.compareAndSet(last, now.toEpochMilli())) {
            pruneQuiet(now);
        }
        return waiting;
    }

    /** The right password from this client: its count starts again (other clients' counts stay). */
    public void succeeded(String email, String client) {
        remove(path(email, client));
    }

    /** The owner proved they hold the address (a link by e-mail): every count of it is forgiven. */
    public void forgive(String email) {
        remove(ROOT + "/" + digest(EmailAddresses.normalise(email)));
    }

    private void remove(String path) {
        ClusterConflicts.retry("clear failed attempts", () -> repository.withServiceSession(session -> {
            if (session.nodeExists(path)) {
                session.getNode(path).remove();
                session.save();
            }
            return null;
        }));
    }

    private void pruneQuiet(Instant now) {
        ClusterConflicts.retry("clear away old failed attempts", () -> repository.withServiceSession(session -> {
            for (NodeIterator addresses = session.getNode(ROOT).getNodes(); addresses.hasNext(); ) {
                Node address = addresses.nextNode();
                for (NodeIterator entries = address.getNodes(); entries.hasNext(); ) {
                    Node entry = entries.nextNode();
                    Instant last = entry.getProperty("last").getDate().toInstant();
                    boolean locked = entry.hasProperty("lockedUntil")
                            && entry.getProperty("lockedUntil").getDate().toInstant().isAfter(now);
                    if (!locked && last.isBefore(now.minus(FORGET_AFTER))) {
                        entry.remove();
                    }
                }
                if (!address.hasNodes()) {
                    address.remove();
                }
            }
            session.save();
            return null;
        }));
    }

    private static String path(String email, String client) {
        return ROOT + "/" + digest(EmailAddresses.normalise(email)) + "/" + digest(String.valueOf(client));
    }

    private static Node child(Node parent, String name, String type) throws RepositoryException {
        return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, type);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
