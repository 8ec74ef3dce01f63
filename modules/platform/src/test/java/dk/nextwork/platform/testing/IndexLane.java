package dk.nextwork.platform.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import dk.nextwork.platform.module.InstalledModule;
import dk.nextwork.platform.repository.internal.OakRepository;
import dk.nextwork.platform.runtime.Platform;

/**
 * Waiting for the repository's background index lane ({@code async}: the full-text indexes and the
 * node counts the query planner weighs indexes with), which runs about once a second.
 */
public final class IndexLane {

    private IndexLane() {
    }

    /**
     * Waits until the lane has indexed what the platform's last install or update step saved. The
     * step's recorded time is read just before its save, and the lane reads the time just before
     * it takes the checkpoint it indexes: a run indexed up to that time or later began after the
     * save (or, in the few milliseconds the save takes, during it; the next run a second later
     * then indexes the rest).
     */
    public static void caughtUpWithInstalling(Platform platform) {
        OakRepository repository = (OakRepository) platform.repository();
        long lastSaved = platform.modules().stream().map(InstalledModule::updated).max(Instant::compareTo)
                .orElseThrow().toEpochMilli();
        await("the index lane has what installing saved").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(repository::asyncIndexedUpTo, indexedUpTo -> indexedUpTo >= lastSaved);
    }
}
