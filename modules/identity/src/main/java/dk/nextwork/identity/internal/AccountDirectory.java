package dk.nextwork.identity.internal;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.nextwork.identity.Role;
import dk.nextwork.platform.repository.PortalRepository;

/**
 * Every account's id, name, whether it is active and whether it is a young person's, kept in
 * memory in name order, so a page of accounts or of the active young people, a search by name and
 * a count need no read of every account. Why not a repository index: Oak's ordered (Lucene) index
 * runs in the {@code async} lane, seconds behind a save, so a coordinator who has just invited a
 * young person would not find them; Oak's synchronous property indexes find by value but do not
 * order. At national scale (40,000 young people) the directory is a few megabytes.
 *
 * <p>It is read from the repository once, on first use. Every account write on this app node
 * refreshes the account right after its save ({@link #refresh}), so the writer's next listing
 * shows it; changes saved by another app node (or written directly, as install tasks do) arrive
 * through repository observation, which names the accounts changed. A refresh reads the
 * account's node again under the directory's lock, so whichever refresh runs last has read the
 * newest saved state, whatever order the refreshes of two saves come in.
 *
 * <p>Names are ordered as Danish readers expect ("Åse" after "Zacharias"), then by id.
 */
public final class AccountDirectory implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AccountDirectory.class);
    private static final String ROOT = AccountStore.ROOT;

    /** An account as the directory keeps it. */
    public record Entry(String id, String name, boolean active, boolean youngPerson, CollationKey key, String searchable) {
    }

    private static final Comparator<Entry> BY_NAME = Comparator.comparing(Entry::key).thenComparing(Entry::id);

    private final PortalRepository repository;
    private final Collator danish = Collator.getInstance(Locale.forLanguageTag("da"));
    private final Map<String, Entry> byId = new HashMap<>();
    /** The active young people: what lists of young people are made of. */
    private final TreeSet<Entry> active = new TreeSet<>(BY_NAME);
    /** Every account: the account list of those who manage accounts. */
    private final TreeSet<Entry> everyone = new TreeSet<>(BY_NAME);
    private AutoCloseable listening;
    private boolean loaded;

    public AccountDirectory(PortalRepository repository) {
        this.repository = repository;
    }

    /** The active young people whose name contains {@code filter} (any case; blank: all), by name. */
    public synchronized List<Entry> active(String filter) {
        ensureLoaded();
        Predicate<Entry> matches = matcher(filter);
        List<Entry> found = new ArrayList<>();
        for (Entry entry : active) {
            if (matches.test(entry)) {
                found.add(entry);
            }
        }
        return found;
    }

    /** A page of {@link #active(String)}, without copying the rest. */
    public synchronized Page page(String filter, int offset, int limit) {
        ensureLoaded();
        return page(active, filter, offset, limit);
    }

    /** A page of every account whose name contains {@code filter} (any case; blank: all), by name. */
    public synchronized Page everyone(String filter, int offset, int limit) {
        ensureLoaded();
        return page(everyone, filter, offset, limit);
    }

    private static Page page(TreeSet<Entry> entries, String filter, int offset, int limit) {
        Predicate<Entry> matches = matcher(filter);
        List<Entry> page = new ArrayList<>(Math.min(Math.max(limit, 0), 1000));
        int total = 0;
        for (Entry entry : entries) {
            if (matches.test(entry)) {
                if (total >= offset && page.size() < limit) {
                    page.add(entry);
                }
                total++;
            }
        }
        return new Page(page, total);
    }

    /** A page of directory entries and how many matched in all. */
    public record Page(List<Entry> entries, int total) {
    }

    /** How many active young people there are. */
    public synchronized int activeCount() {
        ensureLoaded();
        return active.size();
    }

    /** Those of the ids that are active young people, by name. */
    public synchronized List<Entry> activeAmong(Collection<String> ids, String filter) {
        ensureLoaded();
        Predicate<Entry> matches = matcher(filter);
        List<Entry> found = new ArrayList<>();
        for (String id : ids) {
            Entry entry = byId.get(id);
            if (entry != null && entry.active() && entry.youngPerson() && matches.test(entry)) {
                found.add(entry);
            }
        }
        found.sort(BY_NAME);
        return found;
    }

    /** Reads an account again after a save; nothing to do before the directory is first used. */
    public synchronized void refresh(String id) {
        if (!loaded) {
            return;
        }
        repository.withServiceSession(session -> {
            String path = ROOT + "/" + id;
            put(id, session.nodeExists(path) ? session.getNode(path) : null);
            return null;
        });
    }

    /** Reads every account again: after accounts were written directly, in bulk (a benchmark's load). */
    public synchronized void rebuild() {
        if (listening == null) {
            listening = repository.onChangedPaths(ROOT, this::changed);
        }
        byId.clear();
        active.clear();
        everyone.clear();
        repository.withServiceSession(session -> {
            if (session.nodeExists(ROOT)) {
                for (NodeIterator nodes = session.getNode(ROOT).getNodes(); nodes.hasNext(); ) {
                    Node node = nodes.nextNode();
                    put(node.getName(), node);
                }
            }
            return null;
        });
        loaded = true;
    }

    /** Stops listening (outside the lock: the listener may be waiting for it). */
    @Override
    public void close() throws Exception {
        AutoCloseable stopping;
        synchronized (this) {
            stopping = listening;
            listening = null;
            loaded = false;
        }
        if (stopping != null) {
            stopping.close();
        }
    }

    private void ensureLoaded() {
        if (!loaded) {
            rebuild();
        }
    }

    /** Observation: the accounts named by the changed paths are read again; a change above them reads all. */
    private synchronized void changed(Set<String> paths) {
        if (!loaded) {
            return;
        }
        try {
            Set<String> ids = new java.util.LinkedHashSet<>();
            for (String path : paths) {
                if (!path.startsWith(ROOT + "/")) {
                    rebuild();
                    return;
                }
                ids.add(path.substring(ROOT.length() + 1).split("/", 2)[0]);
            }
            repository.withServiceSession(session -> {
                for (String id : ids) {
                    String path = ROOT + "/" + id;
                    put(id, session.nodeExists(path) ? session.getNode(path) : null);
                }
                return null;
            });
        } catch (RuntimeException e) {
            // the next use reads everything again rather than answer from a directory that missed a change
            LOG.error("The young people's directory missed changes to {}; it is read again on next use", paths, e);
            loaded = false;
        }
    }

    /** Keeps the account's entry as its node says, or drops it (gone). */
    private void put(String id, Node node) throws RepositoryException {
        Entry old = byId.remove(id);
        if (old != null) {
            active.remove(old);
            everyone.remove(old);
        }
        if (node == null) {
            return;
        }
        String name = node.hasProperty("name") ? node.getProperty("name").getString() : "";
        boolean isActive = node.hasProperty("active") && node.getProperty("active").getBoolean();
        boolean young = isYoungPerson(node);
        Entry entry = new Entry(id, name, isActive, young, danish.getCollationKey(name), name.toLowerCase(Locale.ROOT));
        byId.put(id, entry);
        everyone.add(entry);
        if (isActive && young) {
            active.add(entry);
        }
    }

    private static boolean isYoungPerson(Node node) throws RepositoryException {
        if (!node.hasProperty("roles")) {
            return false;
        }
        for (Value value : node.getProperty("roles").getValues()) {
            if (Role.YOUTH.id().equals(value.getString())) {
                return true;
            }
        }
        return false;
    }

    /** Accounts in the directory's order: by name as Danish readers expect, then by id. */
    public static Comparator<dk.nextwork.identity.UserAccount> byName() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("da"));
        return Comparator.comparing(dk.nextwork.identity.UserAccount::name, collator)
                .thenComparing(dk.nextwork.identity.UserAccount::id);
    }

    private static Predicate<Entry> matcher(String filter) {
        String text = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return text.isEmpty() ? entry -> true : entry -> entry.searchable().contains(text);
    }
}
