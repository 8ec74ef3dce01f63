package dk.nextwork.platform.repository.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import javax.jcr.LoginException;
import javax.jcr.SimpleCredentials;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
