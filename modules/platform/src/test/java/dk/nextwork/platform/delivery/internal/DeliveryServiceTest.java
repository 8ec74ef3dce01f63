package dk.nextwork.platform.delivery.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.platform.content.ContentService;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.platform.testing.SavesObserved;

class DeliveryServiceTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private Platform platform;
    private DeliveryService delivery;
    private ContentService content;

    @BeforeEach
    void start() {
        platform = running.platform();
        delivery = new DeliveryService(platform.definitions(), platform.repository(), platform.publicChanges());
        content = new ContentService(platform.definitions(), platform.repository());
    }

    @AfterEach
    void stop() {
        delivery.stop();
    }

    @Test
    void aRepeatedRequestIsAnsweredFromMemoryUntilContentChanges() throws Exception {
        SavesObserved.save(platform.repository(), () -> content.save("partner", "cafe-havnen", Map.of(
                "name", "Café Havnen", "industry", "Café", "employees", 8, "location", "Roskilde"), true));
        DeliveryResponse first = delivery.list("partners", "limit=5");
        assertSame(first, delivery.list("partners", "limit=5"));
        assertEquals(200, first.status());

        content.save("partner", "cafe-havnen", Map.of("name", "Café Havnen II", "industry", "Café", "employees", 8,
                "location", "Roskilde"), true);
        DeliveryResponse after = await().until(() -> delivery.list("partners", "limit=5"),
                answer -> answer.text().contains("Café Havnen II"));
        assertNotSame(first, after);
    }

    @Test
    void savesOutsidePublishedContentLeaveTheAnswersCached() throws Exception {
        // the start's own saves may still be on their way to the listeners (observation is asynchronous):
        // one observed save lets them arrive before the answer is cached
        saveOutsidePublishedContent();
        DeliveryResponse first = delivery.list("partners", "limit=5");
        saveOutsidePublishedContent();
        assertSame(first, delivery.list("partners", "limit=5"));
        assertEquals(java.util.Set.of("/offers", "/partners", "/profiles", "/website"), platform.publicChanges().trees(),
                "the content types' storage (a Java module may add trees such as /dam)");

        content.save("partner", "cafe-havnen", Map.of("name", "Café Havnen", "industry", "Café", "employees", 8,
                "location", "Roskilde"), true);
        await("publishing still empties the cache").until(() -> delivery.list("partners", "limit=5"),
                answer -> answer != first);
    }

    /** What a living programme writes all day: audit entries, reports and their drafts, accounts, tokens, drafts. */
    private void saveOutsidePublishedContent() throws Exception {
        SavesObserved.inSession(platform.repository(), session -> {
            for (String tree : new String[] {"/system", "/reports", "/program", "/config"}) {
                javax.jcr.Node root = session.nodeExists(tree) ? session.getNode(tree)
                        : session.getRootNode().addNode(tree.substring(1), "nt:unstructured");
                root.addNode("entry-" + System.nanoTime(), "nt:unstructured").setProperty("at", System.nanoTime());
            }
            session.save();
            return null;
        });
    }
}
