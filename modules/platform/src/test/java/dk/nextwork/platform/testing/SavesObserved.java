package dk.nextwork.platform.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.SessionWork;

/**
 * For tests that prove a save does <em>not</em> reach a listener: runs the save, waits until a
 * listener on the whole repository has seen it, then a little longer for every other listener.
 */
public final class SavesObserved {

    private SavesObserved() {
    }

    /** Something that saves, through a service or directly. */
    @FunctionalInterface
    public interface Save {
        void run() throws Exception;
    }

    public static void save(PortalRepository repository, Save save) throws Exception {
        CountDownLatch seen = new CountDownLatch(1);
        try (AutoCloseable listening = repository.onChange("/", seen::countDown)) {
            save.run();
            if (!seen.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the save was never observed");
            }
            Thread.sleep(300);
        }
    }

    /** As {@link #save(PortalRepository, Save)}, for work in a service session of its own. */
    public static void inSession(PortalRepository repository, SessionWork<?> work) throws Exception {
        save(repository, () -> repository.withServiceSession(work));
    }
}
