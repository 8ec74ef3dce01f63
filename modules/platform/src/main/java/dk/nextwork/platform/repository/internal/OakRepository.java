package dk.nextwork.platform.repository.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.jcr.Repository;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.observation.Event;
import javax.jcr.observation.EventListener;
import javax.jcr.observation.ObservationManager;
import javax.sql.DataSource;

import org.apache.jackrabbit.api.JackrabbitRepository;
import org.apache.jackrabbit.oak.Oak;
import org.apache.jackrabbit.oak.jcr.Jcr;
import org.apache.jackrabbit.oak.plugins.index.AsyncIndexInfo;
import org.apache.jackrabbit.oak.plugins.index.AsyncIndexInfoServiceImpl;
import org.apache.jackrabbit.oak.plugins.index.lucene.LuceneIndexEditorProvider;
import org.apache.jackrabbit.oak.plugins.index.lucene.LuceneIndexProvider;
import org.apache.jackrabbit.oak.spi.commit.Observer;
import org.apache.jackrabbit.oak.spi.query.QueryIndexProvider;
import org.apache.jackrabbit.oak.plugins.document.DocumentNodeStore;
import org.apache.jackrabbit.oak.plugins.document.rdb.RDBDataSourceFactory;
import org.apache.jackrabbit.oak.plugins.document.rdb.RDBDocumentNodeStoreBuilder;
import org.apache.jackrabbit.oak.security.internal.SecurityProviderBuilder;
import org.apache.jackrabbit.oak.segment.SegmentNodeStoreBuilders;
import org.apache.jackrabbit.oak.segment.file.FileStore;
import org.apache.jackrabbit.oak.segment.file.FileStoreBuilder;
import org.apache.jackrabbit.oak.segment.file.InvalidFileStoreVersionException;
import org.apache.jackrabbit.oak.spi.state.NodeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.nextwork.platform.config.PlatformSettings;
import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.repository.ClusterConflicts;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RepositoryFailure;
import dk.nextwork.platform.repository.SessionWork;

/** The JCR repository on Apache Jackrabbit Oak, on either of its two stores. */
public final class OakRepository implements PortalRepository, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OakRepository.class);

    private final Repository repository;
    private final NodeStore nodeStore;
    private final AutoCloseable store;
    private final String storeDescription;
    private final ServiceIdentity serviceIdentity;
    /** The Segment store's flush after a commit; null for PostgreSQL, whose commits are durable when they return. */
    private final DurableCommits durableCommits;

    private OakRepository(Repository repository, NodeStore nodeStore, AutoCloseable store, String storeDescription,
                          DurableCommits durableCommits) {
        this.repository = repository;
        this.nodeStore = nodeStore;
        this.store = store;
        this.storeDescription = storeDescription;
        this.durableCommits = durableCommits;
        this.serviceIdentity = ServiceIdentity.establish(repository);
    }

    /** Opens the store the configuration selects. The caller closes the result. */
    public static OakRepository open(PortalConfiguration configuration) throws RepositoryException {
        return switch (configuration.get(PlatformSettings.REPOSITORY)) {
            case SEGMENT -> openSegmentStore(configuration.home().resolve("repository"));
            case POSTGRES -> openPostgresStore(
                    configuration.get(PlatformSettings.DB_URL),
                    configuration.get(PlatformSettings.DB_USER),
                    configuration.find(PlatformSettings.DB_PASSWORD).orElse(""),
                    configuration.get(PlatformSettings.CLUSTER_ID));
        };
    }

    /** The embedded default: Oak Segment Tar in a local folder. */
    public static OakRepository openSegmentStore(Path folder) throws RepositoryException {
        FileStore fileStore;
        try {
            Files.createDirectories(folder);
            fileStore = FileStoreBuilder.fileStoreBuilder(folder.toFile()).withMaxFileSize(256).build();
        } catch (IOException | InvalidFileStoreVersionException e) {
            throw new RepositoryException("Cannot open the repository in " + folder + ": " + e.getMessage(), e);
        }
        NodeStore nodeStore = SegmentNodeStoreBuilders.builder(fileStore).build();
        return create(nodeStore, fileStore::close, "segment (" + folder + ")", new DurableCommits(fileStore));
    }

    /** The clustered alternative: Oak DocumentNodeStore on PostgreSQL. */
    public static OakRepository openPostgresStore(String jdbcUrl, String user, String password, int clusterId)
            throws RepositoryException {
        DataSource dataSource = RDBDataSourceFactory.forJdbcUrl(jdbcUrl, user, password);
        DocumentNodeStore nodeStore;
        try {
            nodeStore = RDBDocumentNodeStoreBuilder.newRDBDocumentNodeStoreBuilder()
                    .setRDBConnection(dataSource)
                    .setClusterId(clusterId)
                    .setAsyncDelay(1000)
                    .build();
        } catch (RuntimeException e) {
            closeQuietly(dataSource);
            throw new RepositoryException("Cannot open the PostgreSQL repository at " + jdbcUrl + ": "
                    + innermostMessage(e), e);
        }
        AutoCloseable store = () -> {
            nodeStore.dispose();
            closeQuietly(dataSource);
        };
        String description = "postgres (" + jdbcUrl + ", cluster node " + nodeStore.getClusterId() + ")";
        try {
            // App nodes starting together on an empty database both set the repository up; one loses.
            return ClusterConflicts.retryUnchecked("Repository set-up", () -> {
                return createWithoutClosing(nodeStore, store, description, null);
            });
        } catch (RuntimeException e) {
            closeQuietly(store);
            throw e;
        }
    }

    private static OakRepository create(NodeStore nodeStore, AutoCloseable store, String description,
                                        DurableCommits durableCommits) {
        try {
            return createWithoutClosing(nodeStore, store, description, durableCommits);
        } catch (RuntimeException e) {
            closeQuietly(store);
            throw e;
        }
    }

    /** Sets the JCR repository up on the store; on failure the store stays open for another try. */
    private static OakRepository createWithoutClosing(NodeStore nodeStore, AutoCloseable store, String description,
                                                      DurableCommits durableCommits) {
        // Full-text search: Lucene indexes, kept up to date by a background lane within about a second.
        LuceneIndexProvider lucene = new LuceneIndexProvider();
        Jcr jcr = new Jcr(new Oak(nodeStore))
                .with(SecurityProviderBuilder.newBuilder().build())
                .with((QueryIndexProvider) lucene)
                .with((Observer) lucene)
                .with(new LuceneIndexEditorProvider())
                .withAsyncIndexing("async", 1);
        if (durableCommits != null) {
            jcr.with(durableCommits);
        }
        Repository repository = jcr.createRepository();
        try {
            OakRepository opened = new OakRepository(repository, nodeStore, store, description, durableCommits);
            LOG.info("Repository open: {}", description);
            return opened;
        } catch (RuntimeException e) {
            ((JackrabbitRepository) repository).shutdown();
            throw e;
        }
    }

    /** Whatever the work saved is on disk when this returns (see {@link DurableCommits}). */
    @Override
    public <T> T withServiceSession(SessionWork<T> work) {
        try {
            return inServiceSession(work);
        } catch (RepositoryException e) {
            throw new RepositoryFailure(e);
        }
    }

    private <T> T inServiceSession(SessionWork<T> work) throws RepositoryException {
        Session session = serviceIdentity.login(repository);
        T result;
        try {
            result = work.apply(session);
        } catch (RepositoryException | RuntimeException | Error failure) {
            session.logout();
            try {
                awaitDurable(); // it may have saved before it failed
            } catch (RepositoryException notWritten) {
                failure.addSuppressed(notWritten);
            }
            throw failure;
        }
        session.logout();
        awaitDurable();
        return result;
    }

    private void awaitDurable() throws RepositoryException {
        if (durableCommits != null) {
            durableCommits.awaitDurable();
        }
    }

    /** A login with credentials, as a person's login will do; the service identity never uses it. */
    Session loginWithCredentials(javax.jcr.Credentials credentials) throws RepositoryException {
        return repository.login(credentials);
    }

    @Override
    public AutoCloseable onChange(String path, Runnable listener) {
        try {
            return listen(path, listener);
        } catch (RepositoryException e) {
            throw new RepositoryFailure(e);
        }
    }

    @Override
    public AutoCloseable onChangedPaths(String path, java.util.function.Consumer<java.util.Set<String>> listener) {
        try {
            return listen(path, iterator -> {
                java.util.Set<String> paths = new java.util.LinkedHashSet<>();
                while (iterator.hasNext()) {
                    try {
                        paths.add(iterator.nextEvent().getPath());
                    } catch (RepositoryException unreadable) { // cannot tell what changed: anything below may have
                        paths.add(path);
                    }
                }
                listener.accept(paths);
            });
        } catch (RepositoryException e) {
            throw new RepositoryFailure(e);
        }
    }

    private AutoCloseable listen(String path, Runnable listener) throws RepositoryException {
        return listen(path, (EventListener) iterator -> listener.run());
    }

    private AutoCloseable listen(String path, EventListener events) throws RepositoryException {
        Session session = serviceIdentity.login(repository);
        try {
            ObservationManager observation = session.getWorkspace().getObservationManager();
            int all = Event.NODE_ADDED | Event.NODE_REMOVED | Event.NODE_MOVED | Event.PROPERTY_ADDED
                    | Event.PROPERTY_CHANGED | Event.PROPERTY_REMOVED;
            observation.addEventListener(events, all, path, true, null, null, false);
            return () -> {
                try {
                    observation.removeEventListener(events);
                } finally {
                    session.logout();
                }
            };
        } catch (RepositoryException | RuntimeException e) {
            session.logout();
            throw e;
        }
    }

    /**
     * Up to when the background index lane ({@code async}: the full-text indexes) has indexed what
     * was saved, in milliseconds since the epoch; -1 before its first run. Tests wait for it.
     */
    public long asyncIndexedUpTo() {
        AsyncIndexInfo lane = new AsyncIndexInfoServiceImpl(nodeStore).getInfo("async");
        return lane == null ? -1 : lane.getLastIndexedTo();
    }

    @Override
    public String storeDescription() {
        return storeDescription;
    }

    @Override
    public void close() {
        ((JackrabbitRepository) repository).shutdown();
        closeQuietly(store);
        LOG.info("Repository closed: {}", storeDescription);
    }

    /** The driver's own words (e.g. "Connection to db:5432 refused") rather than Oak's wrapping. */
    private static String innermostMessage(Throwable failure) {
        String message = failure.getMessage();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message;
    }

    private static void closeQuietly(Object resource) {
        if (resource instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed", resource, e);
            }
        }
    }

}
