package dk.nextwork.contentapps;

import static dk.nextwork.contentapps.ContentAppsFixture.EDITOR;
import static dk.nextwork.contentapps.ContentAppsFixture.OTHER_EDITOR;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import javax.jcr.RepositoryException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.AuditEntry;
import dk.nextwork.identity.MutableClock;
import dk.nextwork.platform.content.ContentValidationException;
import dk.nextwork.platform.content.FieldError;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RepositoryFailure;
import dk.nextwork.platform.repository.SessionWork;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.site.PagePreview;

/** Drafts, publishing, scheduling, versions and safe editing, against a started platform with the demo content. */
class PublishingTest {

    private static final String PARTNER = "/partners/surdejshjoernet";
    private static final String PARTNER_PAGE = "/samarbejdspartnere/surdejshjoernet";

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private final MutableClock clock = new MutableClock();
    private ContentAppsFixture apps;

    @BeforeEach
    void wire() {
        apps = new ContentAppsFixture(running.platform(), clock);
    }

    private Map<String, Object> with(EditableItem item, String key, Object value) {
        Map<String, Object> values = new HashMap<>(item.values());
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
        return values;
    }

    @Test
    void aDraftStaysPrivateUntilPublishedAndEveryPublishIsAVersion() throws Exception {
        EditableItem opened = apps.items.open(EDITOR, PARTNER);
        assertEquals(ItemStatus.PUBLISHED, opened.item().status());
        EditableItem saved = apps.items.saveDraft(EDITOR, PARTNER, with(opened, "summary", "Nyt surdejsbrød hver morgen."),
                opened.revision());
        assertTrue(saved.item().hasDraft());
        assertEquals(opened.revision() + 1, saved.revision());
        assertEquals("Nyt surdejsbrød hver morgen.", saved.values().get("summary"));
        assertFalse(String.valueOf(apps.stored(PARTNER, "summary")).contains("Nyt surdejsbrød"), "the public value is untouched");
        assertFalse(apps.publicPage(PARTNER_PAGE).html().contains("Nyt surdejsbrød"));

        EditableItem published = apps.publishing.publish(EDITOR, PARTNER, "Ny tekst om brødet", saved.revision(), false);
        assertFalse(published.item().hasDraft());
        assertEquals("Nyt surdejsbrød hver morgen.", apps.stored(PARTNER, "summary"));
        // caches are cleared by repository observation, a moment after a change
        await("the public page shows the published text").until(
                () -> apps.publicPage(PARTNER_PAGE).html().contains("Nyt surdejsbrød"));

        List<Version> versions = apps.publishing.versions(PARTNER);
        assertEquals(2, versions.size(), "the demo's first version and this one");
        assertEquals("Peter Redaktør", versions.get(0).author());
        assertEquals("Ny tekst om brødet", versions.get(0).comment());
        assertEquals("Nyt surdejsbrød hver morgen.", versions.get(0).values().get("summary"));
        assertTrue(apps.audit.recent(50, 1).stream().map(AuditEntry::action).toList().contains("content.publish"));

        EditableItem restored = apps.publishing.restore(EDITOR, PARTNER, 1, published.revision());
        assertTrue(restored.item().hasDraft(), "a restored version is a draft first");
        assertEquals(versions.get(1).values().get("summary"), restored.values().get("summary"));
        assertEquals("Nyt surdejsbrød hver morgen.", apps.stored(PARTNER, "summary"));
        apps.publishing.publish(EDITOR, PARTNER, "Tilbage til den gamle tekst", restored.revision(), false);
        assertEquals(versions.get(1).values().get("summary"), apps.stored(PARTNER, "summary"));
        assertEquals(3, apps.publishing.versions(PARTNER).size());
    }

    @Test
    void theSecondOfTwoEditorsSavingTheSameItemIsRefusedAndNothingOfTheirsIsWritten() throws Exception {
        EditableItem mine = apps.items.open(EDITOR, PARTNER);
        EditableItem theirs = apps.items.open(OTHER_EDITOR, PARTNER);
        apps.items.saveDraft(OTHER_EDITOR, PARTNER, with(theirs, "location", "Himmelev Bygade 1"), theirs.revision());
        StaleEditException stale = assertThrows(StaleEditException.class,
                () -> apps.items.saveDraft(EDITOR, PARTNER, with(mine, "location", "Roskilde Havn"), mine.revision()));
        assertEquals(Optional.of("Lise Anden"), stale.current().lastEditor());
        assertEquals("Himmelev Bygade 1", stale.current().values().get("location"));
        assertEquals("Himmelev Bygade 1", apps.items.open(EDITOR, PARTNER).values().get("location"));
        assertThrows(StaleEditException.class, () -> apps.publishing.publish(EDITOR, PARTNER, "", mine.revision(), false),
                "publishing what one has not seen is refused too");
    }

    @Test
    void invalidValuesAreRefusedFieldByFieldAndChangeNothing() throws Exception {
        EditableItem opened = apps.items.open(EDITOR, PARTNER);
        Map<String, Object> values = with(opened, "name", null);
        values.put("employees", 0L);
        values.put("summary_en", "x".repeat(301));
        ContentValidationException invalid = assertThrows(ContentValidationException.class,
                () -> apps.items.saveDraft(EDITOR, PARTNER, values, opened.revision()));
        Map<String, String> codes = new HashMap<>();
        for (FieldError error : invalid.errors()) {
            codes.put(error.field(), error.code());
        }
        assertEquals(Map.of("name", "required", "employees", "min", "summary_en", "tooLong"), codes);
        EditableItem after = apps.items.open(EDITOR, PARTNER);
        assertEquals(opened.revision(), after.revision());
        assertFalse(after.item().hasDraft());
    }

    @Test
    void unpublishingTakesAnItemOffTheSiteAndPublishingBringsItBack() throws Exception {
        EditableItem opened = apps.items.open(EDITOR, PARTNER);
        EditableItem off = apps.publishing.unpublish(EDITOR, PARTNER, opened.revision());
        assertEquals(ItemStatus.UNPUBLISHED, off.item().status());
        await("the partner page is gone").until(() -> apps.publicPage(PARTNER_PAGE).status() == 404);
        apps.publishing.publish(EDITOR, PARTNER, "", off.revision(), false);
        await("the partner page is back").until(() -> apps.publicPage(PARTNER_PAGE).status() == 200);
    }

    @Test
    void onlyAPublishedItemCanBeUnpublished() throws Exception {
        String hidden = "/partners/grenvej-cykler";
        ContentItem never = apps.items.item(hidden).orElseThrow();
        assertEquals(ItemStatus.NEW, never.status());
        assertFalse(apps.publishing.canUnpublish(never));
        assertEquals("content.refused.notPublished", assertThrows(EditRefusedException.class,
                () -> apps.publishing.unpublish(EDITOR, hidden, apps.items.open(EDITOR, hidden).revision())).reason());
        assertEquals(ItemStatus.NEW, apps.items.item(hidden).orElseThrow().status(), "a refusal changes nothing");

        assertTrue(apps.publishing.canUnpublish(apps.items.item(PARTNER).orElseThrow()));
        EditableItem off = apps.publishing.unpublish(EDITOR, PARTNER, apps.items.open(EDITOR, PARTNER).revision());
        assertFalse(apps.publishing.canUnpublish(off.item()));
        assertEquals("content.refused.notPublished", assertThrows(EditRefusedException.class,
                () -> apps.publishing.unpublish(EDITOR, PARTNER, off.revision())).reason(), "not twice");
    }

    @Test
    void aNewPageIsPublishedWithItsComponentsOnlyWhenAskedTo() throws Exception {
        String page = apps.items.create(EDITOR, "page", "/website/nextwork", "nyheder",
                Map.of("title", "Nyheder", "template", "article", "body", "Her kommer nyt."));
        String text = apps.items.create(EDITOR, "text", page, "velkommen", Map.of("body", "Velkommen til **nyhederne**."));
        assertEquals(ItemStatus.NEW, apps.items.item(page).orElseThrow().status());
        assertEquals(404, apps.publicPage("/nyheder").status());

        long revision = apps.items.open(EDITOR, page).revision();
        apps.publishing.publish(EDITOR, page, "", revision, false);
        await("the page is public").until(() -> apps.publicPage("/nyheder").status() == 200);
        assertFalse(apps.publicPage("/nyheder").html().contains("Velkommen til"), "its component is not published yet");

        apps.publishing.publish(EDITOR, page, "Med komponent", apps.items.open(EDITOR, page).revision(), true);
        assertEquals(ItemStatus.PUBLISHED, apps.items.item(text).orElseThrow().status());
        await("the component shows").until(() -> apps.publicPage("/nyheder").html().contains("Velkommen til"));

        Optional<String> preview = apps.publishing.preview(EDITOR, text, Map.of("body", "Et **udkast** til teksten."), "da");
        assertTrue(preview.orElseThrow().contains("<strong>udkast</strong>"), "the preview shows the draft on its page");
        assertFalse(apps.publicPage("/nyheder").html().contains("udkast"), "a preview changes nothing");
    }

    @Test
    void scheduledPublishingHappensWhenItsTimeHasCome() throws Exception {
        String hidden = "/partners/grenvej-cykler";
        EditableItem item = apps.items.open(EDITOR, hidden);
        assertTrue(item.item().publishAt().isPresent(), "the demo schedules the company joining the network");
        assertThrows(EditRefusedException.class, () -> apps.publishing.schedule(EDITOR, hidden,
                Optional.of(clock.instant().minus(Duration.ofMinutes(1))), Optional.empty(), item.revision()));
        Instant at = clock.instant().plus(Duration.ofHours(1));
        EditableItem scheduled = apps.publishing.schedule(EDITOR, hidden, Optional.of(at), Optional.of(at.plus(Duration.ofDays(1))),
                item.revision());
        assertEquals(Optional.of(at), scheduled.item().publishAt());

        assertEquals(0, apps.publishing.runDue());
        assertEquals(ItemStatus.NEW, apps.items.item(hidden).orElseThrow().status());
        clock.advance(Duration.ofHours(1));
        assertEquals(1, apps.publishing.runDue(), "due at the very moment it was scheduled for");
        ContentItem published = apps.items.item(hidden).orElseThrow();
        assertEquals(ItemStatus.PUBLISHED, published.status());
        assertTrue(published.publishAt().isEmpty());
        assertEquals(Publishing.SCHEDULER, apps.publishing.versions(hidden).get(0).author());
        clock.advance(Duration.ofDays(2));
        assertEquals(1, apps.publishing.runDue());
        assertEquals(ItemStatus.UNPUBLISHED, apps.items.item(hidden).orElseThrow().status());
    }

    @Test
    void aRepositoryFailureOfOneScheduledItemLeavesTheOthersToBePublished() throws Exception {
        String hidden = "/partners/grenvej-cykler";
        Instant at = clock.instant().plus(Duration.ofHours(1));
        apps.publishing.schedule(EDITOR, hidden, Optional.of(at), Optional.empty(), apps.items.open(EDITOR, hidden).revision());
        apps.publishing.schedule(EDITOR, PARTNER, Optional.empty(), Optional.of(at), apps.items.open(EDITOR, PARTNER).revision());
        PortalRepository real = running.platform().repository();
        AtomicInteger sessions = new AtomicInteger();
        PortalRepository stumblingOnce = new PortalRepository() {
            @Override
            public <T> T withServiceSession(SessionWork<T> work) {
                if (sessions.incrementAndGet() == 2) { // the first item's work, after the list of what is due
                    throw new RepositoryFailure(new RepositoryException("the store did not answer in time"));
                }
                return real.withServiceSession(work);
            }

            @Override
            public AutoCloseable onChange(String path, Runnable listener) {
                return real.onChange(path, listener);
            }

            @Override
            public String storeDescription() {
                return real.storeDescription();
            }
        };
        Publishing stumbling = new Publishing(stumblingOnce, running.platform().definitions(), apps.audit, apps.items,
                new PagePreview(apps.site), clock);
        clock.advance(Duration.ofHours(1));

        assertEquals(1, stumbling.runDue(), "the other item went ahead");
        List<ItemStatus> statuses = List.of(apps.items.item(hidden).orElseThrow().status(),
                apps.items.item(PARTNER).orElseThrow().status());
        assertTrue(statuses.equals(List.of(ItemStatus.PUBLISHED, ItemStatus.PUBLISHED)) // the unpublishing failed
                || statuses.equals(List.of(ItemStatus.NEW, ItemStatus.UNPUBLISHED)), statuses.toString()); // or the publishing
        assertEquals(1, apps.publishing.runDue(), "the one that failed kept its schedule and runs next time");
        assertEquals(ItemStatus.PUBLISHED, apps.items.item(hidden).orElseThrow().status());
        assertEquals(ItemStatus.UNPUBLISHED, apps.items.item(PARTNER).orElseThrow().status());
    }

    @Test
    void onlyEditorsEditNotEvenAdministrators() {
        for (dk.nextwork.identity.Role role : java.util.List.of(dk.nextwork.identity.Role.YOUTH, dk.nextwork.identity.Role.ADMIN)) {
            dk.nextwork.identity.SignedInUser other = new dk.nextwork.identity.SignedInUser("o", "o@example.org", "Anden",
                    java.util.Set.of(role), null, "da");
            assertThrows(AccessDeniedException.class, () -> apps.items.open(other, PARTNER), role.id());
            assertThrows(AccessDeniedException.class, () -> apps.publishing.publish(other, PARTNER, "", 0, false), role.id());
            assertThrows(AccessDeniedException.class, () -> apps.items.delete(other, PARTNER), role.id());
        }
    }
}
