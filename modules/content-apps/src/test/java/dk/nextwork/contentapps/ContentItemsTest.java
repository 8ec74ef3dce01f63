package dk.nextwork.contentapps;

import static dk.nextwork.contentapps.ContentAppsFixture.EDITOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.i18n.Texts;
import dk.nextwork.platform.testing.RunningPlatform;

/** Finding, creating, duplicating, moving, deleting; and representatives' proposals. */
class ContentItemsTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private ContentAppsFixture apps;

    @BeforeEach
    void wire() {
        apps = new ContentAppsFixture(running.platform(), running.clock());
    }

    @Test
    void aTypesItemsAreFoundBySearchStateAndOrder() throws Exception {
        ItemQuery all = ItemQuery.all("partner");
        assertEquals(7, apps.items.count(all));
        List<ContentItem> byTitle = apps.items.find(new ItemQuery("partner", "", Optional.empty(), false,
                ItemQuery.Sort.TITLE, true, 0, 3));
        assertEquals(List.of("Fjordbyens Værksted", "Grenvej Cykler", "Hyldebær Supermarked"),
                byTitle.stream().map(ContentItem::title).toList());
        assertEquals(List.of("Surdejshjørnet"), apps.items.find(new ItemQuery("partner", "SURDEJ", Optional.empty(), false,
                ItemQuery.Sort.TITLE, true, 0, 10)).stream().map(ContentItem::title).toList());
        assertEquals(List.of("/partners/grenvej-cykler"), apps.items.find(new ItemQuery("partner", "", Optional.of(ItemStatus.NEW),
                false, ItemQuery.Sort.PATH, true, 0, 10)).stream().map(ContentItem::path).toList());
        assertEquals(List.of("/partners/fjordbyens-vaerksted"), apps.items.find(new ItemQuery("partner", "", Optional.empty(),
                true, ItemQuery.Sort.PATH, true, 0, 10)).stream().map(ContentItem::path).toList(), "the demo's draft");
        List<ContentItem> site = apps.items.children("/website");
        assertEquals("/website/nextwork", site.get(0).path());
        assertTrue(site.get(0).hasChildren());
    }

    @Test
    void anItemWithLinksToItCannotBeDeletedAndOneWithoutGoesWithItsRecords() throws Exception {
        List<Reference> references = apps.items.references("/partners/surdejshjoernet");
        assertFalse(references.isEmpty(), "a persona links to the bakery");
        assertEquals("relatedPartners", references.get(0).field());
        assertEquals("Liv", references.get(0).title());
        assertEquals(List.of("Personaprofil", "Relaterede virksomheder", "Persona profile", "Related companies"),
                List.of(references.get(0).typeLabel().in("da"), references.get(0).fieldLabel().in("da"),
                        references.get(0).typeLabel().in("en"), references.get(0).fieldLabel().in("en")),
                "as the content type labels them, in each language");
        EditRefusedException refused = assertThrows(EditRefusedException.class,
                () -> apps.items.delete(EDITOR, "/partners/surdejshjoernet"));
        assertEquals("content.refused.referenced", refused.reason());
        assertTrue(apps.items.item("/partners/surdejshjoernet").isPresent());

        apps.items.delete(EDITOR, "/partners/grenvej-cykler");
        assertTrue(apps.items.item("/partners/grenvej-cykler").isEmpty());
        assertEquals(6, apps.items.count(ItemQuery.all("partner")));
    }

    @Test
    void aDuplicateIsANewUnpublishedItemWithTheDraftsValues() throws Exception {
        String copy = apps.items.duplicate(EDITOR, "/partners/fjordbyens-vaerksted");
        assertEquals("/partners/fjordbyens-vaerksted-kopi", copy);
        EditableItem item = apps.items.open(EDITOR, copy);
        assertEquals(ItemStatus.NEW, item.item().status());
        assertEquals("Fjordbyens Værksted (kopi)", item.values().get("name"));
        assertEquals(3L, item.values().get("placementCapacity"), "the source's draft");
        assertTrue(apps.publishing.versions(copy).isEmpty());
        assertEquals("/partners/fjordbyens-vaerksted-kopi-2", apps.items.duplicate(EDITOR, "/partners/fjordbyens-vaerksted"));
    }

    @Test
    void aMovedPageTakesTheLinksToItAlongAndStaysInItsTree() throws Exception {
        String target = "/website/nextwork/samarbejdspartnere";
        assertFalse(apps.items.references(target).isEmpty(), "a call to action links to the partners page");
        String moved = apps.items.move(EDITOR, target, "/website/nextwork/virksomhederne");
        assertEquals("/website/nextwork/virksomhederne/samarbejdspartnere", moved);
        assertTrue(apps.items.references(target).isEmpty());
        assertFalse(apps.items.references(moved).isEmpty(), "the call to action follows the page");
        assertEquals("content.refused.place", assertThrows(EditRefusedException.class,
                () -> apps.items.move(EDITOR, "/partners/surdejshjoernet", "/website/nextwork")).reason());
        assertEquals("content.refused.intoItself", assertThrows(EditRefusedException.class,
                () -> apps.items.move(EDITOR, "/website/nextwork/virksomhederne", moved)).reason());
    }

    @Test
    void inThePageTreeOnlyPagesHoldItemsAndAnItemMovesOnlyBelowAPageOutsideItself() throws Exception {
        PageTree tree = apps.items.pageTree();
        assertEquals("/website", tree.root());
        ContentItem home = apps.items.item("/website/nextwork").orElseThrow();
        ContentItem component = apps.items.children(home.path()).stream()
                .filter(item -> !item.typeName().equals(PageTree.PAGE)).findFirst().orElseThrow();
        assertEquals(Set.of("page", "text", "image", "call-to-action", "trait"),
                tree.typesAllowedBelow(home).stream().map(type -> type.name()).collect(java.util.stream.Collectors.toSet()));
        assertTrue(tree.typesAllowedBelow(component).isEmpty(), "a component holds nothing");
        assertFalse(tree.contains(apps.items.type("partner").orElseThrow()));

        String partnersPage = "/website/nextwork/samarbejdspartnere";
        List<String> places = apps.items.placesToMove(apps.items.item(partnersPage).orElseThrow()).stream()
                .map(ContentItem::path).toList();
        assertTrue(places.contains("/website/nextwork/virksomhederne"));
        assertFalse(places.contains(partnersPage), "not below itself");
        assertTrue(places.stream().noneMatch(path -> path.startsWith(partnersPage + "/")));
        Set<String> pages = apps.items.find(ItemQuery.all(PageTree.PAGE)).stream().map(ContentItem::path)
                .collect(java.util.stream.Collectors.toSet());
        assertTrue(pages.containsAll(places), "pages only");

        assertEquals("content.refused.notBelowPage", assertThrows(EditRefusedException.class,
                () -> apps.items.create(EDITOR, "text", component.path(), "under", Map.of("body", "Under en komponent"))).reason());
        assertEquals("content.refused.notBelowPage", assertThrows(EditRefusedException.class,
                () -> apps.items.move(EDITOR, partnersPage, component.path())).reason());
        assertTrue(apps.items.item(partnersPage).isPresent(), "a refused move changes nothing");
        assertTrue(apps.items.create(EDITOR, "text", home.path(), "velkommen", Map.of("body", "Velkommen")).startsWith(home.path()));
    }

    @Test
    void refusalsNameItemsByTheirTitlesNeverByTheirPaths() throws Exception {
        Map<String, Object> partner = new HashMap<>(Map.of("name", "Café Havnen", "industry", "Café", "employees", 8L,
                "location", "Roskilde Havn"));
        EditRefusedException taken = assertThrows(EditRefusedException.class,
                () -> apps.items.create(EDITOR, "partner", "/partners", "surdejshjoernet", partner));
        assertEquals("Der ligger allerede \"Surdejshjørnet\" her med samme navn i adressen.", danish(taken));
        assertEquals("\"Surdejshjørnet\" is already here, with the same name in the address.", english(taken));

        String partnersPage = "/website/nextwork/samarbejdspartnere";
        apps.items.create(EDITOR, "page", "/website/nextwork/virksomhederne", "samarbejdspartnere",
                Map.of("title", "Vores partnere", "template", "article"));
        EditRefusedException takenThere = assertThrows(EditRefusedException.class,
                () -> apps.items.move(EDITOR, partnersPage, "/website/nextwork/virksomhederne"));
        assertEquals("content.refused.exists", takenThere.reason());
        assertEquals("Der ligger allerede \"Vores partnere\" her med samme navn i adressen.", danish(takenThere));

        EditRefusedException elsewhere = assertThrows(EditRefusedException.class,
                () -> apps.items.create(EDITOR, "partner", "/website/nextwork", "cafe-havnen", partner));
        assertEquals("Den slags indhold kan ikke ligge her.", danish(elsewhere));
        assertEquals("Content of this kind cannot go here.", english(elsewhere));
        EditRefusedException intoItself = assertThrows(EditRefusedException.class,
                () -> apps.items.move(EDITOR, "/website/nextwork/virksomhederne", "/website/nextwork/virksomhederne/samarbejdspartnere"));
        assertEquals("content.refused.intoItself", intoItself.reason());
        assertFalse(danish(intoItself).contains("/website"), danish(intoItself));

        EditRefusedException gone = assertThrows(EditRefusedException.class, () -> apps.items.open(EDITOR, "/partners/lukket-cafe"));
        assertEquals("Indholdet findes ikke (længere).", danish(gone));
        EditRefusedException noType = assertThrows(EditRefusedException.class,
                () -> apps.items.create(EDITOR, "no-such-type", "/partners", "cafe-havnen", partner));
        assertEquals("Indholdstypen findes ikke (længere).", danish(noType));
    }

    private static String danish(EditRefusedException refused) {
        return Texts.of(ContentItemsTest.class.getClassLoader()).get(Texts.DANISH, refused.reason(), refused.values());
    }

    private static String english(EditRefusedException refused) {
        return Texts.of(ContentItemsTest.class.getClassLoader()).get(Locale.ENGLISH, refused.reason(), refused.values());
    }

    @Test
    void pagesAreReorderedAmongTheirSiblings() throws Exception {
        List<String> before = apps.items.children("/website/nextwork").stream().map(ContentItem::path).toList();
        apps.items.reorder(EDITOR, before.get(1), true);
        List<String> after = apps.items.children("/website/nextwork").stream().map(ContentItem::path).toList();
        assertEquals(before.get(1), after.get(0));
        assertEquals(before.get(0), after.get(1));
    }

    @Test
    void aNewItemNeedsAFreeNameAndAPlaceInItsTypesTree() throws Exception {
        Map<String, Object> partner = new HashMap<>(Map.of("name", "Café Havnen", "industry", "Café", "employees", 8L,
                "location", "Roskilde Havn"));
        assertEquals("content.refused.name", assertThrows(EditRefusedException.class,
                () -> apps.items.create(EDITOR, "partner", "/partners", "Café Havnen", partner)).reason());
        assertEquals("content.refused.exists", assertThrows(EditRefusedException.class,
                () -> apps.items.create(EDITOR, "partner", "/partners", "surdejshjoernet", partner)).reason());
        assertEquals("content.refused.place", assertThrows(EditRefusedException.class,
                () -> apps.items.create(EDITOR, "partner", "/website/nextwork", "cafe-havnen", partner)).reason());
        String path = apps.items.create(EDITOR, "partner", "/partners", "cafe-havnen", partner);
        assertEquals(ItemStatus.NEW, apps.items.item(path).orElseThrow().status());
    }

    @Test
    void aRepresentativeProposesAndAnEditorAcceptsOrRejects() throws Exception {
        SignedInUser rep = new SignedInUser("rep-1", "rep@example.org", "Sara Repræsentant", Set.of(Role.COMPANY_REP),
                "surdejshjoernet", "da");
        EditableItem page = apps.proposals.ownPage(rep);
        assertEquals("/partners/surdejshjoernet", page.item().path());
        assertEquals("content.refused.nothingChanged", assertThrows(EditRefusedException.class,
                () -> apps.proposals.propose(rep, page.values())).reason());
        Map<String, Object> changed = new HashMap<>(page.values());
        changed.put("contactPerson", "Sara Repræsentant");
        Proposal proposal = apps.proposals.propose(rep, changed);
        assertEquals(Proposal.Status.OPEN, proposal.status());
        assertTrue(apps.proposals.open(EDITOR).stream().anyMatch(p -> p.id().equals(proposal.id())));
        assertThrows(AccessDeniedException.class, () -> apps.items.open(rep, page.item().path()), "a representative does not edit");

        EditRefusedException noReason = assertThrows(EditRefusedException.class, () -> apps.proposals.reject(EDITOR, proposal.id(), " "));
        assertEquals("content.refused.reasonRequired", noReason.reason());
        EditableItem draft = apps.proposals.accept(EDITOR, proposal.id(), apps.items.open(EDITOR, page.item().path()).revision());
        assertEquals("Sara Repræsentant", draft.values().get("contactPerson"));
        assertTrue(draft.item().hasDraft(), "accepted proposals are drafts for the editor to publish");
        assertEquals(Proposal.Status.ACCEPTED, apps.proposals.mine(rep).get(0).status());

        Map<String, Object> another = new HashMap<>(page.values());
        another.put("location", "Et andet sted");
        // a minute later by the test's clock, which otherwise stands still: her newest proposal comes first
        Proposals aMinuteLater = new Proposals(apps.platform.repository(), apps.platform.definitions(), apps.audit,
                apps.items, Clock.offset(running.clock(), Duration.ofMinutes(1)));
        Proposal second = aMinuteLater.propose(rep, another);
        apps.proposals.reject(EDITOR, second.id(), "Adressen er ikke rigtig");
        assertEquals(Optional.of("Adressen er ikke rigtig"), apps.proposals.mine(rep).get(0).reason());
        assertEquals("content.refused.decided", assertThrows(EditRefusedException.class,
                () -> apps.proposals.reject(EDITOR, second.id(), "igen")).reason());

        SignedInUser noCompany = new SignedInUser("rep-2", "rep2@example.org", "Uden Firma", Set.of(Role.COMPANY_REP), null, "da");
        assertEquals("content.refused.noCompanyPage", assertThrows(EditRefusedException.class,
                () -> apps.proposals.ownPage(noCompany)).reason());
    }
}
