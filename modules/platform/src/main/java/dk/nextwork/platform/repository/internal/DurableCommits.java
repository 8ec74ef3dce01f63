package dk.nextwork.platform.repository.internal;

import java.io.IOException;

import javax.jcr.RepositoryException;

import org.apache.jackrabbit.oak.segment.file.FileStore;
import org.apache.jackrabbit.oak.spi.commit.CommitInfo;
import org.apache.jackrabbit.oak.spi.commit.Observer;
import org.apache.jackrabbit.oak.spi.state.NodeState;

/**
 * Makes every commit on the Segment store durable before the work that made it returns, so that
 * nothing a user was told is saved can be lost in a crash. The Segment store keeps new segments
 * and its journal in memory and flushes them every five seconds; here a thread that committed
 * flushes before its answer goes out. Concurrent flushes are grouped by the store itself: they
 * queue on its journal lock, and one finding its commit already written by an earlier flush
 * returns at once, so a busy moment costs one fsync per group, not per commit.
 */
final class DurableCommits implements Observer {

    private final FileStore store;
    /** Whether this thread committed since it last flushed. */
    private final ThreadLocal<Boolean> committed = ThreadLocal.withInitial(() -> Boolean.FALSE);

    DurableCommits(FileStore store) {
        this.store = store;
    }

    /** Called by the store on the committing thread, inside the commit: only notes it, never waits. */
    @Override
    public void contentChanged(NodeState root, CommitInfo info) {
        if (!info.isExternal()) {
            committed.set(Boolean.TRUE);
        }
    }

    /** Returns once whatever this thread committed is on disk (written and synced). */
    void awaitDurable() throws RepositoryException {
        if (!committed.get()) {
            return;
        }
        committed.set(Boolean.FALSE);
        try {
            store.flush();
        } catch (IOException | RuntimeException e) {
            throw new RepositoryException("The change could not be written to disk: " + e.getMessage(), e);
        }
    }
}
