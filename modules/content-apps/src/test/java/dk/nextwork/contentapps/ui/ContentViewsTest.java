package dk.nextwork.contentapps.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dk.nextwork.contentapps.ContentAppsFixture.EDITOR;
import static dk.nextwork.contentapps.ContentAppsFixture.OTHER_EDITOR;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import dk.nextwork.contentapps.ContentAppsFixture;
import dk.nextwork.contentapps.ContentItem;
import dk.nextwork.contentapps.EditableItem;
import dk.nextwork.contentapps.ItemStatus;
import dk.nextwork.contentapps.PageTree;
import dk.nextwork.contentapps.Proposal;
import dk.nextwork.contentapps.Version;
import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.LightModulesCopy;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.shell.NavigationItem;
import dk.nextwork.shell.testing.VaadinShell;
import dk.nextwork.shell.ui.AccessDeniedView;

/**
 * The content apps in Karibu-Testing: forms made from content types (every field type, the
 * type's validation at the field, a tab per language), publishing, unpublishing, restoring a
 * version, a refused concurrent save, the unsaved-changes prompt, the lists, and proposals.
 */
class ContentViewsTest {

    private static final String PARTNER = "/partners/surdejshjoernet";

    /** The project's light modules, plus a content type with every kind of property and one stored outside the site. */
    @TempDir
    static Path lightModules;

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform(lightModules);

    private ContentAppsFixture apps;
    private IdentityFixture identity;

    @BeforeAll
    static void copyTheLightModulesAndAddTypes() throws IOException {
        LightModulesCopy.of(Path.of("../../light-modules").toAbsolutePath().normalize(), lightModules);
        Path types = lightModules.resolve("nextwork-site/contentTypes");
        Files.writeString(types.resolve("showcase.yaml"), """
                name: showcase
                label: {da: Prøveside, en: Showcase}
                storage: /website
                properties:
                  - {name: title, type: string, localised: true, required: true, maxLength: 40, label: {da: Titel, en: Title}}
                  - {name: kind, type: string, options: [small, large], required: true}
                  - {name: summary, type: text, localised: true}
                  - {name: body, type: richtext, format: markdown, localised: true}
                  - {name: html, type: richtext, format: html}
                  - {name: featured, type: boolean}
                  - {name: places, type: long, range: {min: 1, max: 10}}
                  - {name: rating, type: double}
                  - {name: startsOn, type: date}
                  - {name: partner, type: link, target: partner}
                  - {name: partners, type: link, target: partner, multiple: true}
                  - {name: picture, type: asset}
                  - {name: tags, type: string, multiple: true, maxLength: 20}
                  - {name: sizes, type: long, multiple: true}
                """);
        Files.writeString(types.resolve("event.yaml"), """
                name: event
                label: {da: Begivenhed, en: Event}
                storage: /events
                properties:
                  - {name: title, type: string, required: true}
                """);
    }

    @BeforeEach
    void wire() {
        apps = new ContentAppsFixture(running.platform(), running.clock());
        identity = new IdentityFixture(running.platform(), running.clock());
    }

    @AfterEach
    void stop() {
        VaadinShell.stop();
    }

    private void signIn(SignedInUser user) {
        Map<Class<?>, Supplier<?>> views = Map.of(
                ItemEditorView.class, () -> new ItemEditorView(apps.items, apps.publishing, apps.assets),
                ContentListView.class, () -> new ContentListView(apps.items),
                PageTreeView.class, () -> new PageTreeView(apps.items),
                ProposalsView.class, () -> new ProposalsView(apps.proposals, apps.items),
                CompanyPageView.class, () -> new CompanyPageView(apps.proposals));
        VaadinShell.start(identity, user, List.of(new ContentAppsNavigation(apps.items)), views, "dk.nextwork.contentapps.ui");
    }

    private static ItemEditorView edit(String path) {
        UI.getCurrent().navigate("edit", QueryParameters.of("path", path));
        return _get(ItemEditorView.class);
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String message() {
        return _get(Paragraph.class, spec -> spec.withClasses("editor-message")).getText();
    }

    private static String state() {
        return _get(Paragraph.class, spec -> spec.withClasses("editor-state")).getText();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Component> T field(ItemEditorView view, String key, Class<T> type) {
        Component component = view.form().field(key);
        if (component instanceof FlexLayout markdown) {
            component = markdown.getChildren().findFirst().orElseThrow();
        }
        return assertInstanceOf(type, component, key);
    }

    @Test
    void anAddressNamingNoItemSaysFindesIkkeInsideTheFrame() throws Exception {
        signIn(EDITOR);
        for (Map<String, String> parameters : List.of(Map.of("path", "xyz"), Map.of("path", "/website/../system"),
                Map.of("path", "/partners/no-such-company"), Map.of("type", "no-such-type"))) {
            UI.getCurrent().navigate("edit", QueryParameters.simple(parameters));
            String shown = _get(dk.nextwork.shell.ui.NotFoundView.class).getElement().getTextRecursively();
            assertTrue(shown.contains("Siden findes ikke"), parameters + ": " + shown);
            assertTrue(!shown.contains("Exception") && !shown.contains("xyz") && !shown.contains("/partners"), shown);
            assertEquals(1, _find(dk.nextwork.shell.MainLayout.class).size(), "inside the application's frame");
        }
    }

    @Test
    void theFormHasAFieldForEveryKindOfPropertyTheTypesChecksAtTheFieldAndATabPerLanguage() throws Exception {
        signIn(EDITOR);
        UI.getCurrent().navigate("edit", QueryParameters.simple(Map.of("type", "showcase", "parent", "/website/nextwork")));
        ItemEditorView view = _get(ItemEditorView.class);
        field(view, "title", TextField.class);
        field(view, "title_en", TextField.class);
        assertEquals(List.of("small", "large"), field(view, "kind", Select.class).getListDataView().getItems().toList());
        field(view, "summary", TextArea.class);
        TextArea body = field(view, "body", TextArea.class);
        field(view, "html", TextArea.class);
        field(view, "featured", Checkbox.class);
        field(view, "places", IntegerField.class);
        field(view, "rating", NumberField.class);
        field(view, "startsOn", DatePicker.class);
        field(view, "partner", ComboBox.class);
        field(view, "partners", MultiSelectComboBox.class);
        field(view, "picture", ComboBox.class);
        field(view, "tags", MultiSelectComboBox.class);
        TabSheet languages = _get(TabSheet.class);
        assertEquals("Dansk", languages.getSelectedTab().getLabel());

        _setValue(body, "## Om **os**");
        Div preview = _get((com.vaadin.flow.component.html.Div.class), spec -> spec.withClasses("markdown-preview"));
        assertTrue(String.valueOf(preview.getElement().getProperty("innerHTML")).contains("<strong>os</strong>"),
                "the Markdown is shown as it will look while it is typed");

        _setValue(view.nameField(), "proeveside");
        _setValue(field(view, "places", IntegerField.class), 20);
        button("content-action-create").click();
        TextField title = field(view, "title", TextField.class);
        assertTrue(title.isInvalid());
        assertEquals("Skal udfyldes", title.getErrorMessage());
        assertEquals("Må højst være 10", field(view, "places", IntegerField.class).getErrorMessage());
        assertEquals("Skal udfyldes", field(view, "kind", Select.class).getErrorMessage());
        assertTrue(message().startsWith("Ikke gemt"), message());
        assertTrue(apps.items.item("/website/nextwork/proeveside").isEmpty(), "nothing is saved");

        _setValue(title, "Prøveside");
        _setValue(field(view, "kind", Select.class), "large");
        _setValue(field(view, "places", IntegerField.class), 3);
        languages.setSelectedIndex(1);
        _setValue(field(view, "title_en", TextField.class), "A showcase with a title far too long for it");
        languages.setSelectedIndex(0);
        button("content-action-create").click();
        assertEquals("English", languages.getSelectedTab().getLabel(), "the tab with the error is shown");
        assertEquals("Er 43 tegn; højst 40 er tilladt", field(view, "title_en", TextField.class).getErrorMessage());
        assertFalse(title.isInvalid());

        _setValue(field(view, "sizes", MultiSelectComboBox.class), Set.of("2", "to"));
        _setValue(field(view, "title_en", TextField.class), "Showcase");
        button("content-action-create").click();
        assertEquals("Skal være et helt tal", field(view, "sizes", MultiSelectComboBox.class).getErrorMessage(),
                "a list's values are checked by their type");
        _setValue(field(view, "sizes", MultiSelectComboBox.class), Set.of("2"));
        _setValue(field(view, "featured", Checkbox.class), true);
        _setValue(field(view, "rating", NumberField.class), 4.5);
        _setValue(field(view, "startsOn", DatePicker.class), LocalDate.of(2027, 2, 1));
        _setValue(field(view, "partner", ComboBox.class), PARTNER);
        _setValue(field(view, "partners", MultiSelectComboBox.class), Set.of(PARTNER));
        _setValue(field(view, "tags", MultiSelectComboBox.class), Set.of());
        button("content-action-create").click();

        EditableItem created = apps.items.open(EDITOR, "/website/nextwork/proeveside");
        Map<String, Object> values = created.values();
        assertEquals("Prøveside", values.get("title"));
        assertEquals("Showcase", values.get("title_en"));
        assertEquals("large", values.get("kind"));
        assertEquals(Boolean.TRUE, values.get("featured"));
        assertEquals(3L, values.get("places"));
        assertEquals(4.5, values.get("rating"));
        assertEquals(LocalDate.of(2027, 2, 1).toString(), ((Calendar) values.get("startsOn")).toInstant().toString().substring(0, 10));
        assertEquals(PARTNER, values.get("partner"));
        assertEquals(List.of(PARTNER), values.get("partners"));
        assertEquals(List.of(2L), values.get("sizes"));
        assertEquals("## Om **os**", values.get("body"));
        assertEquals(ItemStatus.NEW, created.item().status());
        assertEquals("Prøveside", _get(ItemEditorView.class).item().orElseThrow().item().title(), "the editor shows the new item");
    }

    @Test
    void anEditorPublishesAChangeAndThenTakesThePageOffTheSite() throws Exception {
        signIn(EDITOR);
        ItemEditorView view = edit(PARTNER);
        _setValue(field(view, "summary", TextArea.class), "Frisk brød og varm kaffe fra klokken seks.");
        button("content-action-publish").click();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Hvad er ændret? (gemmes i versionshistorikken)")), "Ny beskrivelse");
        button("content-publish-confirm").click();
        assertTrue(message().startsWith("Udgivet"), message());
        assertTrue(state().startsWith("Udgivet"), state());
        assertFalse(state().contains("ikke udgivet"), state());
        await("the public page shows the change").pollInSameThread().until(
                () -> apps.publicPage("/samarbejdspartnere/surdejshjoernet").html().contains("Frisk brød og varm kaffe"));
        assertEquals("Ny beskrivelse", apps.publishing.versions(PARTNER).get(0).comment());

        button("content-action-unpublish").click();
        assertTrue(state().startsWith("Afpubliceret"), state());
        await("the page is gone").pollInSameThread().until(() -> apps.publicPage("/samarbejdspartnere/surdejshjoernet").status() == 404);
        button("content-action-unpublish").click();
        assertEquals("Siden er ikke udgivet.", message(), "the editor asks first whether it can be unpublished");
    }

    @Test
    void anOlderVersionIsComparedWithTheFormAndRestoredAsTheDraft() throws Exception {
        EditableItem opened = apps.items.open(EDITOR, PARTNER);
        Map<String, Object> changed = new HashMap<>(opened.values());
        changed.put("location", "Roskilde Havn");
        EditableItem draft = apps.items.saveDraft(EDITOR, PARTNER, changed, opened.revision());
        apps.publishing.publish(EDITOR, PARTNER, "Flyttet", draft.revision(), false);

        signIn(EDITOR);
        ItemEditorView view = edit(PARTNER);
        assertEquals("Roskilde Havn", field(view, "location", TextField.class).getValue());
        button("content-action-versions").click();
        @SuppressWarnings("unchecked")
        Grid<Version> versions = _get(Grid.class);
        Version first = versions.getListDataView().getItems().filter(v -> v.number() == 1).findFirst().orElseThrow();
        versions.select(first);
        DiffTable diff = _get(DiffTable.class);
        DiffTable.Row location = diff.rows().stream().filter(row -> row.field().equals("location")).findFirst().orElseThrow();
        assertEquals("Himmelev", location.left());
        assertEquals("Roskilde Havn", location.right());
        assertTrue(location.changed());
        button("content-restore").click();
        assertEquals("Himmelev", field(view, "location", TextField.class).getValue());
        assertTrue(message().startsWith("Version 1 er nu kladden"), message());
        assertEquals("Roskilde Havn", apps.stored(PARTNER, "location"), "the public page waits for publishing");
    }

    @Test
    void aSaveOverAnotherEditorsIsRefusedWithAWayToCompareAndReload() throws Exception {
        signIn(EDITOR);
        ItemEditorView view = edit(PARTNER);
        _setValue(field(view, "location", TextField.class), "Roskilde Station");

        EditableItem theirs = apps.items.open(OTHER_EDITOR, PARTNER);
        Map<String, Object> values = new HashMap<>(theirs.values());
        values.put("location", "Himmelev Bygade 1");
        apps.items.saveDraft(OTHER_EDITOR, PARTNER, values, theirs.revision());

        button("content-action-save").click();
        assertTrue(message().startsWith("Lise Anden har ændret indholdet"), message());
        assertEquals("Himmelev Bygade 1", apps.items.open(EDITOR, PARTNER).values().get("location"), "nothing of mine is written");
        button("content-stale-compare").click();
        DiffTable.Row row = _get(DiffTable.class).rows().stream().filter(r -> r.field().equals("location")).findFirst().orElseThrow();
        assertEquals("Roskilde Station", row.left());
        assertEquals("Himmelev Bygade 1", row.right());
        button("content-stale-reload").click();
        assertEquals("Himmelev Bygade 1", field(view, "location", TextField.class).getValue());
        assertFalse(view.form().isDirty());
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        signIn(EDITOR);
        ItemEditorView view = edit(PARTNER);
        _setValue(field(view, "location", TextField.class), "Et nyt sted");
        UI.getCurrent().navigate("pages");
        assertEquals(1, _find(ItemEditorView.class).size(), "still editing");
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ConfirmDialogKt._fireConfirm(confirm);
        _get(PageTreeView.class);
        assertEquals(0, _find(ItemEditorView.class).size());
    }

    @Test
    void aTypesListSearchesFiltersAndWillNotDeleteWhatOthersLinkTo() throws Exception {
        signIn(EDITOR);
        UI.getCurrent().navigate("content/partner");
        ContentListView list = _get(ContentListView.class);
        Grid<ContentItem> grid = list.grid();
        assertEquals(7, GridKt._size(grid));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Søg")), "surdej");
        assertEquals(1, GridKt._size(grid));
        assertEquals("Surdejshjørnet", GridKt._get(grid, 0).title());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Søg")), "");
        @SuppressWarnings("unchecked")
        Select<ContentListView.Filter> filter = _get(Select.class, spec -> spec.withLabel("Vis"));
        _setValue(filter, ContentListView.Filter.DRAFT);
        assertEquals(1, GridKt._size(grid));
        assertEquals("/partners/fjordbyens-vaerksted", GridKt._get(grid, 0).path());
        _setValue(filter, ContentListView.Filter.ALL);

        ContentItem bakery = apps.items.item(PARTNER).orElseThrow();
        list.delete(bakery);
        assertTrue(apps.items.item(PARTNER).isPresent());
        assertTrue(_get(Paragraph.class, spec -> spec.withClasses("content-message")).getText()
                .startsWith("Kan ikke slettes"));
        assertFalse(_find(ConfirmDialog.class).isEmpty(), "the editor is told who links to it");
        assertEquals(List.of("Liv (Personaprofil), feltet Relaterede virksomheder"),
                _find(ListItem.class).stream().map(ListItem::getText).toList(), "by title and labels, not path or field name");
    }

    @Test
    void whoLinksToAnItemIsSaidInTheReadersLanguage() throws Exception {
        signIn(EDITOR);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("content/partner");
        _get(ContentListView.class).delete(apps.items.item(PARTNER).orElseThrow());
        assertEquals(List.of("Liv (Persona profile), field Related companies"),
                _find(ListItem.class).stream().map(ListItem::getText).toList());
    }

    @Test
    void aContentTypeALightModuleAddsGetsItsAppWithoutJava() {
        signIn(EDITOR);
        List<NavigationItem> entries = new ContentAppsNavigation(apps.items).items();
        assertTrue(entries.stream().anyMatch(entry -> entry.routeParameters().equals(Map.of("type", "event"))
                && entry.label("da", key -> key).equals("Begivenhed")));
        UI.getCurrent().navigate("content/event");
        assertEquals("Begivenhed", _get(H1.class).getText());
        assertEquals(0, GridKt._size(_get(ContentListView.class).grid()));
    }

    @Test
    void thePageTreeOpensAtTheSiteAndListsSubPagesAndComponents() throws Exception {
        signIn(EDITOR);
        UI.getCurrent().navigate("pages");
        PageTreeView tree = _get(PageTreeView.class);
        List<ContentItem> top = apps.items.children("/website");
        assertEquals("/website/nextwork", top.get(0).path());
        assertTrue(tree.tree().isExpanded(top.get(0)), "the site's pages are shown at once");
    }

    @Test
    void movingAPageNamesThePlacesByTheirTitlesNeverByTheirPaths() throws Exception {
        signIn(EDITOR);
        UI.getCurrent().navigate("pages");
        PageTreeView view = _get(PageTreeView.class);
        ContentItem site = apps.items.children("/website").get(0);
        List<ContentItem> pages = apps.items.children(site.path()).stream()
                .filter(item -> item.typeName().equals(PageTree.PAGE)).toList();
        ContentItem moving = pages.get(1);
        ContentItem target = pages.get(0);
        view.openMove(moving);
        @SuppressWarnings("unchecked")
        ComboBox<ContentItem> to = _get(ComboBox.class, spec -> spec.withLabel("Læg under"));
        List<String> labels = to.getListDataView().getItems().map(to.getItemLabelGenerator()).toList();
        String trail = site.title() + " › " + target.title();
        assertTrue(labels.contains(trail), labels.toString());
        assertTrue(labels.stream().noneMatch(label -> label.contains("/")), labels.toString());
        _setValue(to, target);
        _click(_get(Button.class, spec -> spec.withText("Flyt")));
        assertEquals(moving.title() + " er flyttet til " + trail + ".",
                _get(Paragraph.class, spec -> spec.withClasses("page-tree-message")).getText());
    }

    @Test
    void aDuplicateIsNamedByItsTitleNotItsPath() throws Exception {
        signIn(EDITOR);
        UI.getCurrent().navigate("content/partner");
        _get(ContentListView.class).duplicate(apps.items.item("/partners/fjordbyens-vaerksted").orElseThrow());
        assertEquals("Fjordbyens Værksted er kopieret. Kopien hedder Fjordbyens Værksted (kopi) og er ikke udgivet.",
                _get(Paragraph.class, spec -> spec.withClasses("content-message")).getText());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        _get(ContentListView.class).duplicate(apps.items.item("/partners/fjordbyens-vaerksted").orElseThrow());
        assertEquals("Fjordbyens Værksted is copied. The copy is called Fjordbyens Værksted (kopi) and is not published.",
                _get(Paragraph.class, spec -> spec.withClasses("content-message")).getText());
    }

    @Test
    void anEditorAcceptsARepresentativesProposalIntoTheDraft() throws Exception {
        signIn(EDITOR);
        UI.getCurrent().navigate("proposals");
        ProposalsView view = _get(ProposalsView.class);
        List<Proposal> open = view.grid().getListDataView().getItems().toList();
        assertEquals(1, open.size(), "the demo representative's proposal");
        view.grid().select(open.get(0));
        DiffTable diff = _get(DiffTable.class);
        assertTrue(diff.rows().stream().anyMatch(row -> row.field().equals("placementCapacity") && row.right().equals("3")));
        button("proposal-accept").click();
        ItemEditorView editor = _get(ItemEditorView.class);
        assertEquals(3, field(editor, "placementCapacity", IntegerField.class).getValue());
        assertTrue(state().contains("ændringer ikke udgivet"), state());
    }

    @Test
    void aRepresentativeProposesAChangeToTheirCompanyPage() throws Exception {
        String id = identity.accounts.findByEmail("company@nextwork.example").orElseThrow().id();
        SignedInUser rep = new SignedInUser(id, "company@nextwork.example", "Sara Bech (demo)", Set.of(Role.COMPANY_REP),
                "surdejshjoernet", "da");
        signIn(rep);
        UI.getCurrent().navigate("company-page");
        CompanyPageView view = _get(CompanyPageView.class);
        _setValue((TextField) view.form().field("contactPerson"), "Sara Bech");
        button("company-send").click();
        assertTrue(_find(Paragraph.class).stream().anyMatch(p -> p.getText().startsWith("Tak!")));
        assertEquals(2, apps.proposals.open(EDITOR).size());
        assertEquals("Sara Bech", apps.proposals.open(EDITOR).get(1).values().get("contactPerson"));
        assertEquals(ItemStatus.PUBLISHED, apps.items.item(PARTNER).orElseThrow().status());
        assertFalse(apps.items.item(PARTNER).orElseThrow().hasDraft(), "a proposal is not a draft until accepted");
    }

    @Test
    void theAppsAreForEditorsAndTheCompanyPageForRepresentatives() {
        SignedInUser rep = new SignedInUser("rep-1", "rep@example.org", "Sara", Set.of(Role.COMPANY_REP), "surdejshjoernet", "da");
        signIn(rep);
        for (String route : List.of("pages", "content/partner", "proposals")) {
            UI.getCurrent().navigate(route);
            assertEquals(1, _find(AccessDeniedView.class).size(), route);
        }
        UI.getCurrent().navigate("edit", QueryParameters.of("path", PARTNER));
        assertEquals(0, _find(ItemEditorView.class).size());
        VaadinShell.stop();
        signIn(EDITOR);
        UI.getCurrent().navigate("company-page");
        assertEquals(1, _find(AccessDeniedView.class).size());
    }
}
