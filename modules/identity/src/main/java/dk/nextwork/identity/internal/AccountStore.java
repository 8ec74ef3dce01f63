package dk.nextwork.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.query.Query;

import dk.nextwork.identity.Role;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.i18n.Languages;
import dk.nextwork.platform.repository.ClusterConflicts;
import dk.nextwork.platform.repository.JcrValues;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RepositoryFailure;
import dk.nextwork.platform.repository.SessionWork;

/**
 * Accounts in the repository, one node each under {@value #ROOT}. The password is kept only as
 * its hash; {@code /system} is never exported or delivered.
 */
@ApplicationScoped
public class AccountStore {

    public static final String ROOT = "/system/accounts";
    static final String EMAIL = "accountEmail";
    /** The company a representative's account stands for (indexed as {@code accountCompany}). */
    public static final String COMPANY = "company";
    private static final String RESET_MAILS = "resetMailsSent";
    public static final java.time.Duration RESET_MAIL_GAP = java.time.Duration.ofMinutes(5);
    public static final int RESET_MAILS_A_DAY = 3;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ID_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final PortalRepository repository;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected AccountStore() {
        this(null, Clock.systemUTC());
    }

    @Inject
    public AccountStore(PortalRepository repository) {
        this(repository, Clock.systemUTC());
    }

    /** With the clock a new account's creation is stamped by. */
    public AccountStore(PortalRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Optional<UserAccount> find(String id) {
        return read(session -> node(session, id).map(AccountStore::toAccount));
    }

    /** The accounts of those ids that exist, read in one session. */
    public java.util.Map<String, UserAccount> findAll(java.util.Collection<String> ids) {
        return read(session -> {
            java.util.Map<String, UserAccount> found = new java.util.HashMap<>();
            for (String id : ids) {
                node(session, id).map(AccountStore::toAccount).ifPresent(account -> found.put(id, account));
            }
            return found;
        });
    }

    public Optional<UserAccount> findByEmail(String email) {
        return read(session -> nodeByEmail(session, email).map(AccountStore::toAccount));
    }

    public List<UserAccount> all() {
        return read(session -> {
            List<UserAccount> accounts = new ArrayList<>();
            for (NodeIterator nodes = session.getNode(ROOT).getNodes(); nodes.hasNext(); ) {
                accounts.add(toAccount(nodes.nextNode()));
            }
            accounts.sort(java.util.Comparator.comparing(a -> a.name().toLowerCase(Locale.ROOT)));
            return accounts;
        });
    }

    /** The active accounts of a company's representatives, by name: found by the index, not by reading every account. */
    public List<UserAccount> representativesOf(String company) {
        return read(session -> {
            Query query = session.getWorkspace().getQueryManager().createQuery(
                    "SELECT * FROM [nt:unstructured] AS a WHERE ISCHILDNODE(a, '" + ROOT + "') AND a.[" + COMPANY + "] = $company",
                    Query.JCR_SQL2);
            query.bindValue("company", session.getValueFactory().createValue(company));
            List<UserAccount> representatives = new ArrayList<>();
            for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext(); ) {
                UserAccount account = toAccount(nodes.nextNode());
                if (account.active() && account.has(Role.COMPANY_REP)) {
                    representatives.add(account);
                }
            }
            representatives.sort(java.util.Comparator.comparing(a -> a.name().toLowerCase(Locale.ROOT)));
            return representatives;
        });
    }

    /** A new account without a password; refused when the e-mail address has one already. */
    public UserAccount create(String email, String name, Set<Role> roles, String company, String language) {
        return write("create an account", session -> {
            if (nodeByEmail(session, email).isPresent()) {
                throw new IllegalArgumentException("an account with this e-mail address exists");
            }
            Node node = add(session, email, name, roles, company, language, clock.instant());
            session.save();
            return toAccount(node);
        });
    }

    /** Adds an account node, created at that moment, in the session without saving (for install tasks as well). */
    public static Node add(Session session, String email, String name, Set<Role> roles, String company,
                           String language, Instant created) throws RepositoryException {
        Node node = session.getNode(ROOT).addNode(newId(), "nt:unstructured");
        node.setProperty(EMAIL, EmailAddresses.normalise(email));
        node.setProperty("name", name.trim());
        node.setProperty("roles", roles.stream().map(Role::id).sorted().toArray(String[]::new));
        if (company != null && !company.isBlank()) {
            node.setProperty(COMPANY, company);
        }
        node.setProperty("active", true);
        node.setProperty("language", Languages.of(language));
        node.setProperty("created", JcrValues.utc(created));
        node.setProperty("sessionEpoch", 0L);
        return node;
    }

    public Optional<String> passwordHash(String id) {
        return read(session -> node(session, id).filter(n -> has(n, "passwordHash"))
                .map(n -> string(n, "passwordHash")));
    }

    /** Sets the password hash and ends every session the account had. */
    public void setPasswordHash(String id, String hash) {
        update(id, "set a password", node -> {
            node.setProperty("passwordHash", hash);
            node.setProperty("sessionEpoch", node.getProperty("sessionEpoch").getLong() + 1);
        });
    }

    public long sessionEpoch(String id) {
        return read(session -> node(session, id).map(n -> longValue(n, "sessionEpoch")).orElse(-1L));
    }

    public void endAllSessions(String id) {
        update(id, "end all sessions", node -> node.setProperty("sessionEpoch", node.getProperty("sessionEpoch").getLong() + 1));
    }

    public void setActive(String id, boolean active) {
        update(id, "change whether an account is active", node -> {
            node.setProperty("active", active);
            node.setProperty("sessionEpoch", node.getProperty("sessionEpoch").getLong() + 1);
        });
    }

    public void setRoles(String id, Set<Role> roles, String company) {
        update(id, "change an account's roles", node -> {
            node.setProperty("roles", roles.stream().map(Role::id).sorted().toArray(String[]::new));
            if (company != null && !company.isBlank()) {
                node.setProperty(COMPANY, company);
            } else if (node.hasProperty(COMPANY)) {
                node.getProperty(COMPANY).remove();
            }
            node.setProperty("sessionEpoch", node.getProperty("sessionEpoch").getLong() + 1);
        });
    }

    public void setLanguage(String id, String language) {
        update(id, "change an account's language", node -> node.setProperty("language", Languages.of(language)));
    }

    /**
     * Whether a password-reset mail may go to the account now: at most one every
     * {@code RESET_MAIL_GAP} and {@code RESET_MAILS_A_DAY} a day. When it may, the sending is counted.
     */
    public boolean mayMailReset(String id, Instant now) {
        return write("count a reset mail", session -> {
            Node node = node(session, id).orElseThrow(() -> new IllegalArgumentException("no such account"));
            List<Instant> sent = new ArrayList<>();
            if (node.hasProperty(RESET_MAILS)) {
                for (Value value : node.getProperty(RESET_MAILS).getValues()) {
                    Instant at = value.getDate().toInstant();
                    if (at.isAfter(now.minus(java.time.Duration.ofDays(1)))) {
                        sent.add(at);
                    }
                }
            }
            if (sent.size() >= RESET_MAILS_A_DAY || sent.stream().anyMatch(at -> at.isAfter(now.minus(RESET_MAIL_GAP)))) {
                return false;
            }
            sent.add(now);
            Value[] values = new Value[sent.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = session.getValueFactory().createValue(JcrValues.utc(sent.get(i)));
            }
            node.setProperty(RESET_MAILS, values);
            session.save();
            return true;
        });
    }

    private interface Change {
        void apply(Node node) throws RepositoryException;
    }

    private void update(String id, String what, Change change) {
        write(what, session -> {
            Node node = node(session, id).orElseThrow(() -> new IllegalArgumentException("no such account"));
            change.apply(node);
            if (session.hasPendingChanges()) {
                session.save();
            }
            return null;
        });
    }

    private <T> T read(SessionWork<T> work) {
        return repository.withServiceSession(work);
    }

    private <T> T write(String what, SessionWork<T> work) {
        return ClusterConflicts.retry(what, () -> repository.withServiceSession(work));
    }

    private static Optional<Node> node(Session session, String id) throws RepositoryException {
        if (id == null || !id.matches("[a-z0-9]{1,40}")) {
            return Optional.empty();
        }
        String path = ROOT + "/" + id;
        return session.nodeExists(path) ? Optional.of(session.getNode(path)) : Optional.empty();
    }

    public static Optional<String> idByEmail(Session session, String email) throws RepositoryException {
        Optional<Node> node = nodeByEmail(session, email);
        return node.isPresent() ? Optional.of(node.get().getName()) : Optional.empty();
    }

    private static Optional<Node> nodeByEmail(Session session, String email) throws RepositoryException {
        Query query = session.getWorkspace().getQueryManager().createQuery(
                "SELECT * FROM [nt:unstructured] AS a WHERE ISCHILDNODE(a, '" + ROOT + "') AND a.[" + EMAIL + "] = $email",
                Query.JCR_SQL2);
        query.bindValue("email", session.getValueFactory().createValue(EmailAddresses.normalise(email)));
        NodeIterator nodes = query.execute().getNodes();
        return nodes.hasNext() ? Optional.of(nodes.nextNode()) : Optional.empty();
    }

    private static UserAccount toAccount(Node node) {
        try {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            if (node.hasProperty("roles")) {
                for (Value value : node.getProperty("roles").getValues()) {
                    Role.find(value.getString()).ifPresent(roles::add);
                }
            }
            return new UserAccount(node.getName(), string(node, EMAIL), string(node, "name"), Set.copyOf(roles),
                    Optional.ofNullable(has(node, COMPANY) ? string(node, COMPANY) : null),
                    node.getProperty("active").getBoolean(), has(node, "passwordHash"),
                    has(node, "language") ? string(node, "language") : Languages.DEFAULT, date(node, "created"));
        } catch (RepositoryException e) {
            throw new RepositoryFailure("Account " + node + " cannot be read", e);
        }
    }

    private static boolean has(Node node, String name) {
        try {
            return node.hasProperty(name);
        } catch (RepositoryException e) {
            return false;
        }
    }

    private static String string(Node node, String name) {
        try {
            return node.getProperty(name).getString();
        } catch (RepositoryException e) {
            throw new RepositoryFailure(e);
        }
    }

    private static long longValue(Node node, String name) {
        try {
            return node.hasProperty(name) ? node.getProperty(name).getLong() : 0;
        } catch (RepositoryException e) {
            throw new RepositoryFailure(e);
        }
    }

    private static Instant date(Node node, String name) {
        try {
            return node.getProperty(name).getDate().toInstant();
        } catch (RepositoryException e) {
            throw new RepositoryFailure(e);
        }
    }

    private static String newId() {
        char[] id = new char[16];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_LETTERS[RANDOM.nextInt(ID_LETTERS.length)];
        }
        return new String(id);
    }
}
