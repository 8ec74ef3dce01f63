package dk.nextwork.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class RunningPlatformTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    /** The install the copies were made from, as the first of them saw it. */
    private static Instant installedOnce;

    /**
     * Each test has a copy of its own of one install: whichever runs first, the other does not see
     * what it saved, and both find the same recorded install.
     */
    @RepeatedTest(2)
    void whatATestSavesNoOtherTestSees() throws Exception {
        Instant installed = running.platform().modules().get(0).installed();
        if (installedOnce == null) {
            installedOnce = installed;
        }
        assertEquals(installedOnce, installed);
        running.platform().repository().withServiceSession(session -> {
            assertFalse(session.nodeExists("/program/saved-by-a-test"));
            session.getNode("/program").addNode("saved-by-a-test", "nt:unstructured");
            session.save();
            return null;
        });
    }
}
