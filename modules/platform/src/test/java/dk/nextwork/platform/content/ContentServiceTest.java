package dk.nextwork.platform.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.platform.repository.RepositoryFailure;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.platform.testing.RunningPlatform;

/** Saving through the site's real content types (light-modules/nextwork-site). */
class ContentServiceTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private Platform platform;
    private ContentService content;

    @BeforeEach
    void start() {
        platform = running.platform();
        content = new ContentService(platform.definitions(), platform.repository());
    }

    private static Map<String, Object> cafe() {
        return Map.of("name", "Café Havnen", "industry", "Café", "industry_en", "Café", "employees", 8,
                "location", "Roskilde", "contactEmail", "kontakt@example.org");
    }

    @Test
    void validContentIsWrittenWithItsTypeAndMetadata() throws Exception {
        assertEquals("/partners/cafe-havnen", content.save("partner", "cafe-havnen", cafe(), true));
        platform.repository().withServiceSession(session -> {
            var node = session.getNode("/partners/cafe-havnen");
            assertEquals("partner", node.getProperty("contentType").getString());
            assertEquals(8L, node.getProperty("employees").getLong());
            assertTrue(node.getProperty("published").getBoolean());
            assertTrue(node.hasProperty("created") && node.hasProperty("modified") && node.hasProperty("publishedAt"));
            return null;
        });
    }

    @Test
    void invalidContentIsRefusedPerFieldAndNothingIsWritten() {
        ContentValidationException error = assertThrows(ContentValidationException.class, () -> content.save(
                "partner", "bad-one", Map.of("name", "X", "employees", -3, "contactEmail", "nope"), true));
        assertEquals(List.of(
                new FieldError("industry", "is required"),
                new FieldError("employees", "must be at least 1"),
                new FieldError("contactEmail", "does not have the expected form"),
                new FieldError("location", "is required")), error.errors());
        assertNothingAt("/partners/bad-one");
    }

    @Test
    void linksMustPointAtItemsOfTheTargetType() throws Exception {
        content.save("partner", "cafe-havnen", cafe(), true);
        ContentValidationException error = assertThrows(ContentValidationException.class, () -> content.save(
                "profile", "mia", Map.of("name", "Mia", "age", 20, "headline", "Mia", "story", "Historien",
                        "relatedPartners", List.of("/partners/cafe-havnen", "/partners/nowhere")), true));
        assertEquals(List.of(new FieldError("relatedPartners", "/partners/nowhere is not a partner")), error.errors());
        assertNothingAt("/profiles/mia");
    }

    @Test
    void badPathsAndUnknownTypesAreRefused() {
        assertEquals(List.of(new FieldError("path",
                "'../system' must be names of lower-case letters, digits and dashes separated by /")),
                assertThrows(ContentValidationException.class,
                        () -> content.save("partner", "../system", cafe(), true)).errors());
        assertEquals(List.of(new FieldError("contentType", "'company' is not a content type")),
                assertThrows(ContentValidationException.class,
                        () -> content.save("company", "x", cafe(), true)).errors());
    }

    @Test
    void savingAgainReplacesTheValuesAndKeepsThePublishedState() throws Exception {
        content.save("partner", "cafe-havnen", cafe(), true);
        Map<String, Object> fewer = new java.util.HashMap<>(cafe());
        fewer.remove("contactEmail");
        fewer.put("employees", 9);
        content.save("partner", "cafe-havnen", fewer, false);
        platform.repository().withServiceSession(session -> {
            var node = session.getNode("/partners/cafe-havnen");
            assertEquals(9L, node.getProperty("employees").getLong());
            assertFalse(node.hasProperty("contactEmail"));
            assertTrue(node.getProperty("published").getBoolean());
            return null;
        });
    }

    private void assertNothingAt(String path) {
        try {
            Boolean exists = platform.repository().withServiceSession(session -> session.nodeExists(path));
            assertFalse(exists, path);
        } catch (RepositoryFailure e) {
            throw new AssertionError(e);
        }
    }
}
