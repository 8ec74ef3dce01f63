package dk.nextwork.platform.repository.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import javax.jcr.LoginException;
import javax.jcr.PathNotFoundException;
import javax.jcr.SimpleCredentials;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.platform.repository.RepositoryFailure;

class SegmentRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void contentSurvivesARestart() throws Exception {
        try (OakRepository repository = OakRepository.openSegmentStore(folder)) {
            repository.withServiceSession(session -> {
                session.getRootNode().addNode("program").setProperty("title", "NExTWORK Roskilde");
                session.save();
                return null;
            });
        }
        try (OakRepository reopened = OakRepository.openSegmentStore(folder)) {
            String title = reopened.withServiceSession(
                    session -> session.getNode("/program").getProperty("title").getString());
            assertEquals("NExTWORK Roskilde", title);
        }
    }

    @Test
    void serviceSessionsRunAsTheServiceUserNotTheAdministrator() throws Exception {
        try (OakRepository repository = OakRepository.openSegmentStore(folder)) {
            assertEquals(ServiceIdentity.SERVICE_USER, repository.withServiceSession(session -> session.getUserID()));
            boolean mayWrite = repository.withServiceSession(session -> session.hasPermission("/program/a-youth", "add_node,set_property,remove"));
            assertTrue(mayWrite);
        }
    }

    @Test
    void theWellKnownAdministratorLoginIsDisabled() throws Exception {
        try (OakRepository repository = OakRepository.openSegmentStore(folder)) {
            assertThrows(LoginException.class,
                    () -> repository.loginWithCredentials(new SimpleCredentials("admin", "admin".toCharArray())));
        }
    }

    @Test
    void theIndexLaneSaysUpToWhenItHasIndexed() throws Exception {
        try (OakRepository repository = OakRepository.openSegmentStore(folder)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> repository.asyncIndexedUpTo() > 0);
            long saved = System.currentTimeMillis();
            repository.withServiceSession(session -> {
                session.getRootNode().addNode("program").setProperty("title", "NExTWORK Roskilde");
                session.save();
                return null;
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> repository.asyncIndexedUpTo() >= saved);
        }
    }

    @Test
    void aRepositoryExceptionOfTheWorkComesOutUncheckedAndNothingIsSaved() throws Exception {
        try (OakRepository repository = OakRepository.openSegmentStore(folder)) {
            RepositoryFailure failure = assertThrows(RepositoryFailure.class, () -> repository.withServiceSession(session -> {
                session.getRootNode().addNode("half-done");
                return session.getNode("/not-there");
            }));
            assertInstanceOf(PathNotFoundException.class, failure.getCause());
            assertFalse(failure.isConflict());
            boolean saved = repository.withServiceSession(session -> session.nodeExists("/half-done"));
            assertFalse(saved, "the failed work saved nothing");
        }
    }

    @Test
    void workThatLosesARaceForAKeptCountRunsAgainOnFreshStateAndARefusalDoesNot() throws Exception {
        try (OakRepository repository = OakRepository.openSegmentStore(folder)) {
            repository.withServiceSession(session -> {
                session.getRootNode().addNode("company").setProperty("placed", 1L);
                session.save();
                return null;
            });
            java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
            long counted = dk.nextwork.platform.repository.RefusableWork.runAgainOnConflict(repository, Exception.class, session -> {
                long placed = session.getNode("/company").getProperty("placed").getLong();
                if (attempts.incrementAndGet() == 1) {
                    // another save counts the same company first (on another thread, as another request would)
                    Thread other = new Thread(() -> repository.withServiceSession(second -> {
                        second.getNode("/company").setProperty("placed", 5L);
                        second.save();
                        return null;
                    }));
                    other.start();
                    try {
                        other.join();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
                session.getNode("/company").setProperty("placed", placed + 1);
                session.save();
                return placed + 1;
            });
            assertEquals(2, attempts.get(), "refused by the conflict, then run again");
            assertEquals(6, counted, "on what the other save left");
            long stored = repository.withServiceSession(session -> session.getNode("/company").getProperty("placed").getLong());
            assertEquals(6, stored);

            attempts.set(0);
            assertThrows(IllegalStateException.class, () -> dk.nextwork.platform.repository.RefusableWork.runAgainOnConflict(
                    repository, IllegalStateException.class, session -> {
                        attempts.incrementAndGet();
                        throw new IllegalStateException("refused");
                    }));
            assertEquals(1, attempts.get(), "a refusal is not run again");
        }
    }

    @Test
    void twoSessionsChangingOneNodeAtOnceIsAConflict() throws Exception {
        try (OakRepository repository = OakRepository.openSegmentStore(folder)) {
            repository.withServiceSession(session -> {
                session.getRootNode().addNode("token");
                session.save();
                return null;
            });
            RepositoryFailure failure = assertThrows(RepositoryFailure.class, () -> repository.withServiceSession(first -> {
                first.getNode("/token").remove();
                repository.withServiceSession(second -> {
                    second.getNode("/token").remove();
                    second.save();
                    return null;
                });
                first.save();
                return null;
            }));
            assertTrue(failure.isConflict(), failure.toString());
        }
    }
}
