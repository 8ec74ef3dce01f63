package dk.nextwork.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

import dk.nextwork.platform.repository.ClusterConflicts;
import dk.nextwork.platform.repository.JcrValues;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RepositoryFailure;

/**
 * Secret tokens: one-time links (invitation, password reset) and API bearer tokens. Only a
 * token's SHA-256 is stored, under {@value #ROOT}, so the repository never holds one that works.
 * Expired tokens are cleared away at most hourly, when a new one is issued.
 */
@ApplicationScoped
public class TokenStore {

    public static final String ROOT = "/system/tokens";
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum Purpose { INVITATION, RESET, API }

    public record Token(String account, Purpose purpose, Instant expires) {
    }

    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final PortalRepository repository;
    private final Clock clock;
    private final AtomicLong lastPruned = new AtomicLong();

    /** For CDI's client proxy only. */
    protected TokenStore() {
        this(null, Clock.systemUTC());
    }

    @Inject
    public TokenStore(PortalRepository repository) {
        this(repository, Clock.systemUTC());
    }

    /** With the clock that decides whether a token has expired. */
    public TokenStore(PortalRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** A new token for the account; the caller hands it out, it is not kept. */
    public String issue(String account, Purpose purpose, Instant expires) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ClusterConflicts.retry("issue a token", () -> repository.withServiceSession(session -> {
            Node node = session.getNode(ROOT).addNode(digest(token), "nt:unstructured");
            node.setProperty("account", account);
            node.setProperty("purpose", purpose.name());
            node.setProperty("expires", JcrValues.utc(expires));
            node.setProperty("created", JcrValues.utc(clock.instant()));
            session.save();
            return null;
        }));
        long now = clock.millis();
        long last = lastPruned.get();
        if (now - last > PRUNE_EVERY.toMillis() && lastPruned.compareAndSet(last, now)) {
            pruneExpired();
        }
        return token;
    }

    /** Removes tokens that have expired (links nobody used, old API tokens); returns how many. */
    public int pruneExpired() {
        return ClusterConflicts.retry("remove expired tokens", () -> repository.withServiceSession(session -> {
            int removed = 0;
            Instant now = clock.instant();
            for (NodeIterator nodes = session.getNode(ROOT).getNodes(); nodes.hasNext(); ) {
                Node node = nodes.nextNode();
                if (!node.getProperty("expires").getDate().toInstant().isAfter(now)) {
                    node.remove();
                    removed++;
                }
            }
            session.save();
            return removed;
        }));
    }

    /** A token that exists, has not expired and has one of these purposes; it stays valid. */
    public Optional<Token> find(String token, Purpose... purposes) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return repository.withServiceSession(session -> {
            String path = ROOT + "/" + digest(token);
            if (!session.nodeExists(path)) {
                return Optional.empty();
            }
            return valid(read(session.getNode(path)), purposes);
        });
    }

    /** Uses up a one-time token of one of these purposes: it works once, and only before it expires. */
    public Optional<Token> take(String token, Purpose... purposes) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        try {
            return repository.withServiceSession(session -> {
                String path = ROOT + "/" + digest(token);
                if (!session.nodeExists(path)) {
                    return Optional.empty();
                }
                Node node = session.getNode(path);
                Token stored = read(node);
                if (!List.of(purposes).contains(stored.purpose())) {
                    return Optional.empty();
                }
                node.remove();
                session.save();
                return valid(stored, purposes);
            });
        } catch (RepositoryFailure failure) {
            if (failure.isConflict()) {
                return Optional.empty(); // taken at the same moment by another request
            }
            throw failure;
        }
    }

    /** Removes every token of an account of the given purpose (e.g. all API tokens on sign-out everywhere). */
    public void revokeAll(String account, Purpose purpose) {
        ClusterConflicts.retry("revoke tokens", () -> repository.withServiceSession(session -> {
            for (NodeIterator nodes = session.getNode(ROOT).getNodes(); nodes.hasNext(); ) {
                Node node = nodes.nextNode();
                if (node.getProperty("account").getString().equals(account)
                        && node.getProperty("purpose").getString().equals(purpose.name())) {
                    node.remove();
                }
            }
            session.save();
            return null;
        }));
    }

    private Optional<Token> valid(Token token, Purpose... purposes) {
        return List.of(purposes).contains(token.purpose()) && token.expires().isAfter(clock.instant())
                ? Optional.of(token) : Optional.empty();
    }

    private static Token read(Node node) throws RepositoryException {
        return new Token(node.getProperty("account").getString(), Purpose.valueOf(node.getProperty("purpose").getString()),
                node.getProperty("expires").getDate().toInstant());
    }

    private static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
