package dk.nextwork.matching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import dk.nextwork.identity.SignedInUser;
import dk.nextwork.matching.MatchingFixture;
import dk.nextwork.matching.Wish;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.reporting.ReportingFixture;
import dk.nextwork.shell.testing.VaadinShell;
import dk.nextwork.shell.ui.AccessDeniedView;

/** The matching's views for each role: what they show, what they let each do, and what they refuse with the reason. */
class MatchingViewsTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private MatchingFixture fixture;

    @BeforeEach
    void wire() {
        fixture = new MatchingFixture(running.platform(), running.clock());
    }

    @AfterEach
    void stop() {
        VaadinShell.stop();
    }

    private void signIn(SignedInUser user) {
        Map<Class<?>, Supplier<?>> views = Map.of(
                ChooseOffersView.class, () -> new ChooseOffersView(fixture.offers, fixture.wishes, fixture.proposals,
                        fixture.profiles, fixture.programme.companies, fixture.programme.identity.accounts, fixture.programme.access),
                CompanyOffersView.class, () -> new CompanyOffersView(fixture.offers, fixture.companySay, fixture.proposals,
                        fixture.rounds, fixture.programme.companies),
                RoundsView.class, () -> new RoundsView(fixture.rounds, fixture.proposals, fixture.programme.companies),
                BoardView.class, () -> new BoardView(fixture.board));
        VaadinShell.start(fixture.programme.identity, user, List.of(new MatchingNavigation()), views, "dk.nextwork.matching.ui");
    }

    private static String texts(Class<? extends Component> type) {
        return _find(type).stream().map(component -> component.getElement().getTextRecursively())
                .collect(Collectors.joining("\n"));
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    @Test
    void aYoungPersonExploresTheOffersAndSendsTheirList() throws Exception {
        SignedInUser mikkel = fixture.user("youth@nextwork.example");
        signIn(mikkel);
        UI.getCurrent().navigate("offers");
        assertEquals(6, _find(Card.class, spec -> spec.withClasses("offer-card")).size(), "every open offer");
        assertTrue(texts(Paragraph.class).contains("Runden er åben: du kan lave og ændre din liste til og med"));
        assertEquals(2, _find(ListItem.class, spec -> spec.withClasses("wish")).size(), "his two wishes");
        _get(TextField.class, spec -> spec.withLabel("Søg")).setValue("bager");
        assertEquals(1, _find(Card.class, spec -> spec.withClasses("offer-card")).size(), "the words find the bakery");
        _get(TextField.class, spec -> spec.withLabel("Søg")).setValue("");
        _get(IntegerField.class, spec -> spec.withLabel("Højst timer om ugen")).setValue(18);
        assertEquals(2, _find(Card.class, spec -> spec.withClasses("offer-card")).size(), "the nursery and the workshop");
        _get(IntegerField.class, spec -> spec.withLabel("Højst timer om ugen")).clear();
        @SuppressWarnings("unchecked")
        Select<String> industry = _get(Select.class, spec -> spec.withLabel("Branche"));
        assertEquals("Alle brancher", industry.getItemLabelGenerator().apply(industry.getValue()), "any industry, said so");
        industry.setValue("Bageri og café");
        Card bakery = _get(Card.class, spec -> spec.withClasses("offer-card"));
        assertTrue(bakery.getElement().getTextRecursively().contains("Surdejshjørnet"));
        assertTrue(bakery.getElement().getTextRecursively().contains("20 timer om ugen"));
        assertFalse(bakery.getElement().getTextRecursively().matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "no ISO dates");
        _click(_get(bakery, Button.class, spec -> spec.withText("Sæt på min liste")));
        assertEquals(3, _find(ListItem.class, spec -> spec.withClasses("wish")).size());
        _click(_get(Button.class, spec -> spec.withId("wishes-send")));
        assertTrue(_find(Dialog.class).isEmpty(), "three wishes: no warning");
        assertEquals(3, fixture.wishes.list(dk.nextwork.matching.MatchingFixture.caller(mikkel), mikkel.id()).orElseThrow()
                .wishes().size());
        assertTrue(_get(Paragraph.class, spec -> spec.withClasses("wishes-message")).getText().startsWith("Din liste er gemt."));

        _click(_find(Button.class, spec -> spec.withText("Fjern")).get(2));
        _click(_get(Button.class, spec -> spec.withId("wishes-send")));
        assertTrue(texts(Dialog.class).contains("Med få ønsker er der større risiko for ikke at få en plads"), "the plain warning");
        assertEquals(3, fixture.wishes.list(dk.nextwork.matching.MatchingFixture.caller(mikkel), mikkel.id()).orElseThrow()
                .wishes().size(), "nothing sent before the young person chooses");
        _click(_get(Button.class, spec -> spec.withId("wishes-send-anyway")));
        assertEquals(List.of(2), List.of(fixture.wishes.list(dk.nextwork.matching.MatchingFixture.caller(mikkel), mikkel.id())
                .orElseThrow().wishes().size()));
        List<Wish> sent = fixture.wishes.list(dk.nextwork.matching.MatchingFixture.caller(mikkel), mikkel.id()).orElseThrow().wishes();
        assertEquals("Jeg vil gerne blive bedre til træ og måske få en læreplads.", sent.get(0).why(), "his why kept");
    }

    @Test
    void aYoungPersonChoosesWhatTheCompaniesSee() throws Exception {
        SignedInUser mikkel = fixture.user("youth@nextwork.example");
        signIn(mikkel);
        UI.getCurrent().navigate("offers");
        assertTrue(texts(Paragraph.class).contains("Du bestemmer selv, om de også ser din alder og dit udviklingsbillede."));
        @SuppressWarnings("unchecked")
        Select<Integer> month = _get(Select.class, spec -> spec.withLabel("Fødselsmåned"));
        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withLabel("Fødselsår"));
        assertEquals("Ikke oplyst", month.getItemLabelGenerator().apply(month.getValue()));
        assertEquals("marts", month.getItemLabelGenerator().apply(3));
        int born = fixture.rounds.today().getYear() - 20;
        assertEquals(String.valueOf(born), year.getItemLabelGenerator().apply(born), "a year without a thousands point");
        month.setValue(3);
        _click(_get(Button.class, spec -> spec.withId("profile-save")));
        assertEquals("Vælg både måned og år – eller ingen af dem.",
                _get(Paragraph.class, spec -> spec.withClasses("profile-message")).getText());
        var caller = dk.nextwork.matching.MatchingFixture.caller(mikkel);
        assertEquals(dk.nextwork.matching.MatchProfile.empty(mikkel.id()), fixture.profiles.of(caller, mikkel.id()),
                "nothing saved");
        year.setValue(born);
        _get(Checkbox.class, spec -> spec.withId("profile-share")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("profile-save")));
        assertEquals("Gemt. Sådan ser virksomhederne det nu.",
                _get(Paragraph.class, spec -> spec.withClasses("profile-message")).getText());
        assertEquals(new dk.nextwork.matching.MatchProfile(mikkel.id(), java.util.Optional.of(java.time.YearMonth.of(born, 3)), true),
                fixture.profiles.of(caller, mikkel.id()));
    }

    @Test
    void aYoungPersonReadsWhyTheLastRoundGaveThemNoPlace() throws Exception {
        signIn(fixture.user("sofie.ahmadi@nextwork.example"));
        UI.getCurrent().navigate("offers");
        String result = texts(Paragraph.class);
        assertTrue(result.contains("Du fik ikke en plads i denne runde."), result);
        assertTrue(result.contains("Dit 1. ønske (Planteskolen Lærkereden) blev fyldt af kandidater, som virksomheden havde sat før dig."),
                result);
        assertTrue(result.contains("Dit 2. ønske (Stempel & Skrue Autoværksted): virksomheden valgte andre denne gang."), result);
        assertTrue(result.contains("Næste skridt"), result);
        assertFalse(result.contains("Laura"), "never another young person's name");
    }

    @Test
    void aRepresentativeSeesTheirOffersCandidatesAndIsToldWhatTheRulesRefuse() throws Exception {
        signIn(fixture.user("company@nextwork.example"));
        UI.getCurrent().navigate("company-offers");
        String shown = texts(ListItem.class);
        assertTrue(shown.contains("Laura") && shown.contains("Sofie"), shown);
        assertTrue(shown.contains("Min moster er bager, det lyder hyggeligt."), shown);
        assertFalse(shown.contains("Mikkel"), "he did not choose the bakery");
        assertTrue(_find(com.vaadin.flow.component.html.H3.class).stream().map(heading -> heading.getText()).toList()
                .containsAll(List.of("Laura, 22 år", "Sofie, 19 år")), "first names and ages, no more");
        List<Anchor> shared = _find(Anchor.class, spec -> spec.withClasses("shared-development"));
        assertEquals(1, shared.size(), "only Laura shares her development picture");
        assertEquals("Se udviklingsbilledet, som Laura deler med jer", shared.get(0).getText());
        assertEquals("development?person=" + fixture.user("laura.nielsen@nextwork.example").id(), shared.get(0).getHref());
        assertFalse(texts(Card.class).contains("Midtvejs"), "only the company's own offers");
        _click(_get(Button.class, spec -> spec.withClasses("ranking-save")));
        assertEquals("Jeres rækkefølge er gemt. I kan ændre den indtil fristen.",
                _get(Paragraph.class, spec -> spec.withClasses("company-offers-message")).getText());

        _click(_get(Button.class, spec -> spec.withId("offer-new")));
        _get(TextField.class, spec -> spec.withLabel("Titel")).setValue("Kagebager");
        _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withLabel("Det er arbejdet")).setValue("Bage kager.");
        _get(TextField.class, spec -> spec.withLabel("Branche")).setValue("Bageri og café");
        _get(TextField.class, spec -> spec.withLabel("Hvor")).setValue("Roskilde midtby");
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("Mulig start"))
                .setValue(fixture.rounds.today().plusWeeks(4));
        _click(_get(Button.class, spec -> spec.withId("offer-save")));
        assertEquals("Surdejshjørnet har ikke flere ledige pladser i den periode.",
                _get(Paragraph.class, spec -> spec.withClasses("offer-problem")).getText(), "told why, the dialog still open");
        assertEquals(1, fixture.offers.ofCompany(fixture.user("company@nextwork.example"), "surdejshjoernet").size(),
                "nothing saved: the demo's morning offer only");
    }

    @Test
    void theCoordinatorReadsTheCheckReportAndIsToldWhenARoundCannotRunYet() throws Exception {
        signIn(ReportingFixture.COORDINATOR);
        UI.getCurrent().navigate("matching/rounds");
        String report = texts(ListItem.class);
        assertTrue(report.contains("Stabilt: ingen ung og virksomhed, der begge hellere ville have hinanden."), report);
        assertTrue(report.contains("2 fik deres 1. ønske."), report);
        assertTrue(report.contains("1 fik ikke en plads i denne runde."), report);
        assertTrue(report.contains("Noah Vestergaard (demo): Lagerhjælper hos Midtvejs Lager & Logistik (1. ønske) · forløb oprettet"),
                report);
        _click(_get(Button.class, spec -> spec.withId("round-run")));
        String told = _get(Paragraph.class, spec -> spec.withClasses("rounds-message")).getText();
        assertTrue(told.startsWith("Runden kan køres fra "), told);
        assertFalse(told.matches(".*\\d{4}-\\d{2}-\\d{2}.*"), told);
        _click(_get(Button.class, spec -> spec.withClasses("round-repeat")));
        assertTrue(texts(Paragraph.class).contains("Samme resultat med det gemte lodtrækningstal"));
    }

    @Test
    void theBoardShowsTheGroupByStageAndAMoveTheRulesRefuseSnapsBack() throws Exception {
        signIn(fixture.user("counsellor@nextwork.example"));
        UI.getCurrent().navigate("matching/board");
        List<String> columns = _find(com.vaadin.flow.component.html.H2.class).stream()
                .map(com.vaadin.flow.component.html.H2::getText).toList();
        assertEquals(List.of("Udforsker (0)", "Har ønsket (2)", "Foreslået (0)", "Praktikbesøg (0)", "I praktik (4)", "Videre (0)"),
                columns);
        com.vaadin.flow.component.html.Div mikkel = _get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("board-card").withAttribute("aria-label", "Mikkel Holm (demo)"));
        @SuppressWarnings("unchecked")
        Select<dk.nextwork.matching.BoardStage> move = _get(mikkel, Select.class, spec -> spec.withClasses("board-move"));
        move.setValue(dk.nextwork.matching.BoardStage.PLACED);
        assertEquals("Et forløb begynder, når både Mikkel og virksomheden har sagt ja til et forslag.",
                _get(Paragraph.class, spec -> spec.withClasses("board-message")).getText());
        assertEquals("Har ønsket (2)", _find(com.vaadin.flow.component.html.H2.class).get(1).getText(), "snapped back");
    }

    @Test
    void eachViewIsForItsRoles() throws Exception {
        signIn(fixture.user("youth@nextwork.example"));
        for (String route : List.of("company-offers", "matching/rounds", "matching/board")) {
            UI.getCurrent().navigate(route);
            assertEquals(1, _find(AccessDeniedView.class).size(), route);
        }
        VaadinShell.stop();
        signIn(fixture.user("company@nextwork.example"));
        for (String route : List.of("offers", "matching/rounds", "matching/board")) {
            UI.getCurrent().navigate(route);
            assertEquals(1, _find(AccessDeniedView.class).size(), route);
        }
    }
}
