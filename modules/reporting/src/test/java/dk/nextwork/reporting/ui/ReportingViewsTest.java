package dk.nextwork.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.shell.testing.VaadinShell;
import dk.nextwork.shell.ui.AccessDeniedView;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Instrument;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.Report;
import dk.nextwork.reporting.ReportForms;
import dk.nextwork.reporting.ReportingFixture;

/** The reporting views: the dashboard, filing a report with autosaved drafts, the score history, the trait configuration. */
class ReportingViewsTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private ReportingFixture fixture;

    @BeforeEach
    void wire() {
        fixture = new ReportingFixture(running.platform(), running.clock());
    }

    @AfterEach
    void stop() {
        VaadinShell.stop();
    }

    private void signIn(SignedInUser user) {
        Map<Class<?>, Supplier<?>> views = Map.of(
                ReportingView.class, () -> VaadinShell.unchecked(() -> new ReportingView(fixture.due, fixture.reports, fixture.access)),
                ReportFormView.class, () -> new ReportFormView(fixture.reports, fixture.configuration, fixture.access),
                ScoreHistoryView.class, () -> new ScoreHistoryView(fixture.scores, fixture.access, fixture.programme, fixture.companies),
                TraitConfigurationView.class, () -> VaadinShell.unchecked(() -> new TraitConfigurationView(fixture.configuration)));
        VaadinShell.start(fixture.identity, user, List.of(new ReportingNavigation()), views, "dk.nextwork.reporting.ui");
    }

    @Test
    void aRepresentativeLandsOnWhatIsDueAndFilesAWeeklyReportWithTheDraftKeptOnTheWay() throws Exception {
        SignedInUser bakery = fixture.user("company@nextwork.example");
        String emma = fixture.user("emma.friis@nextwork.example").id();
        signIn(bakery);
        UI.getCurrent().navigate("");
        ReportingView dashboard = _get(ReportingView.class);
        assertTrue(_get(Paragraph.class, spec -> spec.withClasses("reporting-reminder")).getText().startsWith("Du har"),
                "the overdue reports are announced");
        _click(_find(Button.class, spec -> spec.withClasses("due-action")).get(0));

        ReportFormView form = _get(ReportFormView.class);
        List<RatingField> fields = form.ratingFields();
        assertEquals(5, fields.size());
        _setValue(fields.get(0), 4);
        Period overdueWeek = Period.of(Cadence.WEEKLY, fixture.reports.today()).previous().previous();
        Report draft = fixture.reports.find(new Caller(fixture.COORDINATOR, "test"), emma, "weekly-report-" + overdueWeek.key()
                + "-company-surdejshjoernet").orElseThrow();
        assertEquals(Report.Status.DRAFT, draft.status(), "the first rating is kept at once");
        assertEquals("Passer sine opgaver og holder aftaler.", fields.get(0).getHelperText(),
                "the indicator's description stays after the choice");
        for (RatingField field : fields.subList(1, fields.size())) {
            _setValue(field, 3);
        }
        _setValue(fields.get(4), RatingField.CANNOT_JUDGE);
        _click(_get(Button.class, spec -> spec.withId("report-send")));

        _get(ReportingView.class);
        Report sent = fixture.reports.find(new Caller(fixture.COORDINATOR, "test"), emma, draft.id()).orElseThrow();
        assertTrue(sent.isSubmitted());
        assertEquals(4, sent.ratings().size(), "'cannot judge' leaves the rating missing");
        assertFalse(sent.ratings().containsKey("samarbejdsvillighed"));
        assertTrue(dashboard != null);
    }

    @Test
    void theAddressOtherModulesLinkToOpensTheYoungPersonsQuestionnaire() throws Exception {
        SignedInUser mikkel = fixture.user("youth@nextwork.example");
        signIn(mikkel);
        Period half = Period.of(Cadence.HALF_YEARLY, fixture.reports.today());
        String address = ReportForms.location(mikkel.id(), Instrument.QUESTIONNAIRE, half);
        assertEquals("reports/form?person=" + java.net.URLEncoder.encode(mikkel.id(), java.nio.charset.StandardCharsets.UTF_8)
                + "&form=questionnaire&period=" + half.key(), address);
        String[] pathAndQuery = address.split("\\?", 2);
        UI.getCurrent().navigate(pathAndQuery[0], com.vaadin.flow.router.QueryParameters.fromString(pathAndQuery[1]));
        ReportFormView form = _get(ReportFormView.class);
        assertEquals(8, form.ratingFields().size(), "the questionnaire's questions");
        assertEquals((half.start().getMonthValue() == 1 ? "1" : "2") + ". halvår " + half.start().getYear(),
                _get(Paragraph.class, spec -> spec.withClasses("report-period")).getText(), "for the half-year it was asked for");
    }

    /** Opens the company's weekly report on Emma for last week. */
    private ReportFormView openWeeklyReportOnEmma() throws Exception {
        String emma = fixture.user("emma.friis@nextwork.example").id();
        UI.getCurrent().navigate(ReportFormView.class, com.vaadin.flow.router.QueryParameters.simple(Map.of("person", emma,
                "form", "weekly", "period", Period.of(Cadence.WEEKLY, fixture.reports.today()).previous().key())));
        return _get(ReportFormView.class);
    }

    /** The texts beside a rating field's radio buttons, in order. */
    private static List<String> steps(RatingField field) {
        return _find(field, Span.class, spec -> spec.withClasses("rating-step")).stream().map(Span::getText).toList();
    }

    @Test
    void everyStepOfAWeeklyIndicatorSaysWhatItMeansBeforeAnythingIsChosenAndTheDescriptionStaysAfterAChoice() throws Exception {
        signIn(fixture.user("company@nextwork.example"));
        ReportFormView form = openWeeklyReportOnEmma();
        RatingField responsibility = form.ratingFields().get(0);
        assertEquals("rating-ansvarsbevidsthed", responsibility.getId().orElseThrow());
        assertEquals(null, responsibility.getValue(), "nothing chosen yet");
        assertEquals(List.of("1 – Meget svært for den unge", "2 – Lykkes sjældent", "3 – Lykkes somme tider",
                "4 – Lykkes for det meste", "5 – Lykkes næsten altid", "Ved ikke"), steps(responsibility));
        assertEquals("Passer sine opgaver og holder aftaler.", responsibility.getHelperText());
        for (RatingField field : form.ratingFields()) {
            assertEquals(6, steps(field).size(), field.indicatorId() + ": every step and 'cannot judge' are labelled");
            assertTrue(steps(field).get(0).startsWith("1 – ") && steps(field).get(4).startsWith("5 – "), field.indicatorId());
        }

        _setValue(responsibility, 2);
        assertEquals("Passer sine opgaver og holder aftaler.", responsibility.getHelperText(),
                "the description is not replaced by the chosen step");
        assertEquals(6, steps(responsibility).size(), "the other steps' meanings stay in view");
        _setValue(responsibility, RatingField.CANNOT_JUDGE);
        assertEquals("Passer sine opgaver og holder aftaler.", responsibility.getHelperText());
    }

    @Test
    void theCommentFieldTellsTheRepresentativeThatTheYoungPersonCanReadIt() throws Exception {
        signIn(fixture.user("company@nextwork.example"));
        openWeeklyReportOnEmma();
        assertEquals("Emma kan læse din kommentar.",
                _get(TextArea.class, spec -> spec.withId("report-comment")).getHelperText());
    }

    @Test
    void theFormReadsInEnglishForAnEnglishReader() throws Exception {
        signIn(fixture.user("company@nextwork.example"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ReportFormView form = openWeeklyReportOnEmma();
        RatingField punctuality = form.ratingFields().get(1);
        assertEquals("Punctuality", _get(Span.class, spec -> spec.withId("question-punktlighed")).getText());
        assertEquals("Arrives on time and calls in when absent.", punctuality.getHelperText());
        assertEquals(List.of("1 – Very hard for the young person", "2 – Rarely succeeds", "3 – Sometimes succeeds",
                "4 – Mostly succeeds", "5 – Almost always succeeds", "Don't know"), steps(punctuality));
        assertEquals("Emma can read your comment.",
                _get(TextArea.class, spec -> spec.withId("report-comment")).getHelperText());
    }

    @Test
    void theStepsTheCommentTheAbsenceAndSendAreTouchTargetsOnAPhone() throws Exception {
        signIn(fixture.user("company@nextwork.example"));
        ReportFormView form = openWeeklyReportOnEmma();
        for (RatingField field : form.ratingFields()) {
            assertTrue(field.getThemeNames().contains("vertical"), "one step a line, so the anchors fit on a phone");
            for (Span step : _find(field, Span.class, spec -> spec.withClasses("rating-step"))) {
                assertEquals("44px", step.getStyle().get("min-height"), step.getText());
            }
        }
        assertTrue(_get(Button.class, spec -> spec.withId("report-send")).getThemeNames().contains("large"),
                "Lumo's large button is 44 px high");
        assertEquals("44px", _get(IntegerField.class, spec -> spec.withId("report-absence")).getStyle().get("--lumo-text-field-size"));
        assertEquals("44px", _get(TextArea.class, spec -> spec.withId("report-comment"))
                .getStyle().get("--lumo-text-field-size"));
    }

    @Test
    void aReportOnSomeoneNotPlacedWithTheCompanyIsRefused() throws Exception {
        String sofie = fixture.user("sofie.ahmadi@nextwork.example").id();
        signIn(fixture.user("company@nextwork.example"));
        UI.getCurrent().navigate(ReportFormView.class, com.vaadin.flow.router.QueryParameters.simple(Map.of("person", sofie,
                "form", "weekly", "period", Period.of(Cadence.WEEKLY, fixture.reports.today()).previous().key())));
        _get(AccessDeniedView.class);
        assertEquals(0, _find(RatingField.class).size());
    }

    @Test
    void theYoungPersonAnswersTheQuestionnaireAndSeesTheirScoresWithMissingPeriodsSaidToBeMissing() throws Exception {
        SignedInUser mikkel = fixture.user("youth@nextwork.example");
        signIn(mikkel);
        UI.getCurrent().navigate("reports");
        // beside the questionnaire his own view of the month is offered, as optional
        _click(dueAction("Spørgeskema"));
        ReportFormView form = _get(ReportFormView.class);
        assertEquals(8, form.ratingFields().size());
        assertEquals("1 – Passer slet ikke på mig", steps(form.ratingFields().get(0)).get(0),
                "a question without a description still says what each step means");
        assertEquals(null, _get(TextArea.class, spec -> spec.withId("report-comment"))
                .getHelperText(), "the young person's own comment needs no notice that they can read it");
        form.ratingFields().forEach(field -> _setValue(field, 4));
        _click(_get(Button.class, spec -> spec.withId("report-send")));
        assertTrue(fixture.reports.reportsAbout(new Caller(mikkel, "test"), mikkel.id()).stream()
                .anyMatch(report -> report.instrument() == Instrument.QUESTIONNAIRE));

        UI.getCurrent().navigate("development/scores");
        List<NativeTableRow> resilience = _find(NativeTableRow.class, spec -> spec.withClasses("score-present"));
        assertFalse(resilience.isEmpty());
        List<NativeTableRow> missing = _find(NativeTableRow.class, spec -> spec.withClasses("score-missing"));
        assertFalse(missing.isEmpty(), "periods without ratings are listed as missing");
        assertEquals("Mangler", missing.get(0).getDataCell(1).orElseThrow().getText());
        List<NativeTableRow> inProgress = _find(NativeTableRow.class, spec -> spec.withClasses("score-in-progress"));
        assertFalse(inProgress.isEmpty(), "nothing is rated yet this week and this month");
        for (NativeTableRow row : inProgress) {
            assertEquals("I gang", row.getDataCell(1).orElseThrow().getText(), "a period that has not ended is never missing");
        }
    }

    @Test
    void theYoungPersonIsOfferedTheirOwnViewOfTheMonthAsOptionalAndAskedInTheirOwnWords() throws Exception {
        SignedInUser mikkel = fixture.user("youth@nextwork.example");
        signIn(mikkel);
        UI.getCurrent().navigate("reports");
        Period thisMonth = Period.of(Cadence.MONTHLY, fixture.reports.today());
        String month = dk.nextwork.platform.i18n.Formats.month(thisMonth.start(), dk.nextwork.platform.i18n.Texts.DANISH);
        Div card = _find(Div.class, spec -> spec.withClasses("due-report")).stream()
                .filter(found -> found.getElement().getTextRecursively().contains("Din egen vurdering af måneden · " + month))
                .findFirst().orElseThrow();
        assertTrue(_get(card, Span.class, spec -> spec.withClasses("due-status")).getText().startsWith("Frivilligt"),
                "offered, clearly not overdue");
        assertTrue(_find(Paragraph.class, spec -> spec.withClasses("reporting-reminder")).isEmpty(), "nothing announced as overdue");
        _click(_get(card, Button.class, spec -> spec.withClasses("due-action")));

        ReportFormView form = _get(ReportFormView.class);
        assertTrue(_get(Paragraph.class, spec -> spec.withId("report-own-view-intro")).getText().startsWith("Det er frivilligt."));
        List<RatingField> fields = form.ratingFields();
        assertEquals(3, fields.size());
        assertEquals("Jeg gør mine opgaver færdige og giver ikke op, når noget går imod.", fields.get(0).question().getText());
        assertEquals("1 – Meget svært for mig", steps(fields.get(0)).get(0), "the steps speak of themselves too");
        assertTrue(form.likelihoodField().isEmpty(), "the counsellor's question is not on the young person's form");
        assertEquals("Din ungevejleder og koordinatorerne kan læse din kommentar. Virksomheden kan ikke.",
                _get(TextArea.class, spec -> spec.withId("report-comment")).getHelperText());
        _setValue(fields.get(0), 4);
        _click(_get(Button.class, spec -> spec.withId("report-send")));
        assertTrue(fixture.reports.reportsAbout(new Caller(mikkel, "test"), mikkel.id()).stream().anyMatch(report ->
                report.rater() == dk.nextwork.reporting.Rater.YOUNG_PERSON && report.period().equals(thisMonth)
                        && report.ratings().equals(Map.of("vedholdenhed", 4))));
    }

    @Test
    void theCounsellorAnswersHowLikelyAJobOrEducationIsInAYearAndTheCompanyIsNotAsked() throws Exception {
        SignedInUser jonas = fixture.user("counsellor@nextwork.example");
        String mikkel = fixture.user("youth@nextwork.example").id();
        signIn(jonas);
        Period thisMonth = Period.of(Cadence.MONTHLY, fixture.reports.today());
        UI.getCurrent().navigate(ReportFormView.class, com.vaadin.flow.router.QueryParameters.simple(Map.of("person", mikkel,
                "form", "monthly", "period", thisMonth.key())));
        ReportFormView form = _get(ReportFormView.class);
        LikelihoodField likelihood = form.likelihoodField().orElseThrow();
        assertEquals("Hvor sandsynligt er det, at Mikkel er i job eller uddannelse om et år?", likelihood.question().getText());
        assertEquals(List.of("1 – Meget usandsynligt", "2 – Usandsynligt", "3 – Måske", "4 – Sandsynligt",
                "5 – Meget sandsynligt", "Ved ikke"), _find(likelihood, Span.class, spec -> spec.withClasses("rating-step"))
                .stream().map(Span::getText).toList());
        assertTrue(likelihood.getHelperText().contains("Kun ungevejledere og koordinatorer"));
        _setValue(form.ratingFields().get(0), 4);
        _setValue(likelihood, 4);
        _click(_get(Button.class, spec -> spec.withId("report-send")));
        Report sent = fixture.reports.reportsAbout(new Caller(ReportingFixture.COORDINATOR, "test"), mikkel).stream()
                .filter(report -> report.period().equals(thisMonth) && report.raterId().equals(jonas.id())).findFirst().orElseThrow();
        assertTrue(sent.isSubmitted());
        assertEquals(java.util.Optional.of(4), sent.likelihood());

        VaadinShell.stop();
        signIn(fixture.user("company@nextwork.example"));
        String emma = fixture.user("emma.friis@nextwork.example").id();
        UI.getCurrent().navigate(ReportFormView.class, com.vaadin.flow.router.QueryParameters.simple(Map.of("person", emma,
                "form", "monthly", "period", thisMonth.key())));
        assertTrue(_get(ReportFormView.class).likelihoodField().isEmpty(), "the company is not asked");
    }

    /** The button of the due card whose form is named {@code form}. */
    private static Button dueAction(String form) {
        Div card = _find(Div.class, spec -> spec.withClasses("due-report")).stream()
                .filter(found -> found.getElement().getTextRecursively().contains(form)).findFirst()
                .orElseThrow(() -> new AssertionError("no due card for " + form));
        return _get(card, Button.class, spec -> spec.withClasses("due-action"));
    }

    /** Opens the trait configuration and there the dialog of one indicator. */
    private static void openIndicator(String id) {
        UI.getCurrent().navigate("config/traits");
        var grid = _get(TraitConfigurationView.class).indicatorGrid();
        int row = 0;
        while (!com.github.mvysny.kaributesting.v10.GridKt._get(grid, row).id().equals(id)) {
            row++;
        }
        com.github.mvysny.kaributesting.v10.GridKt._clickItem(grid, row);
    }

    @Test
    void aCoordinatorChangesAScaleAndSavesItAsANewVersion() throws Exception {
        signIn(ReportingFixture.COORDINATOR);
        openIndicator("punktlighed");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Højeste trin")), 6);
        TextField sixth = _get(TextField.class, spec -> spec.withLabel("Trin 6 (dansk)"));
        assertEquals("", sixth.getValue());
        assertEquals("Lykkes næsten altid", _get(TextField.class, spec -> spec.withLabel("Trin 5 (dansk)")).getValue(),
                "the anchors written are kept");
        _click(_get(Button.class, spec -> spec.withId("indicator-apply")));
        assertTrue(_get(Paragraph.class, spec -> spec.withClasses("indicator-problem")).getText().contains("Punktlighed"),
                "an empty anchor is refused in the dialog");
        _setValue(sixth, "Lykkes altid");
        _setValue(_get(NumberField.class, spec -> spec.withId("weight-ansvarsbevidsthed")), 2.0);
        _click(_get(Button.class, spec -> spec.withId("indicator-apply")));
        _setValue(_get(TextField.class, spec -> spec.withId("config-comment")), "Punktlighed på 1–6");
        _click(_get(Button.class, spec -> spec.withId("config-save")));
        var saved = fixture.configuration.current();
        assertEquals(2, saved.version());
        var punctuality = saved.definition().indicator("punktlighed").orElseThrow();
        assertEquals(6, punctuality.scale().max());
        assertEquals("Lykkes altid", punctuality.scale().anchor(6).da());
        assertEquals(2.0, punctuality.feeds().stream().filter(feed -> feed.target().equals("ansvarsbevidsthed"))
                .findFirst().orElseThrow().weight());
        assertEquals(5, fixture.configuration.version(1).definition().indicator("punktlighed").orElseThrow().scale().max());
    }

    @Test
    void theWeightsAreLabelledWithTheTraitsNamesInTheReadersLanguage() throws Exception {
        signIn(ReportingFixture.COORDINATOR);
        for (Locale language : List.of(Locale.forLanguageTag("da"), Locale.ENGLISH)) {
            UI.getCurrent().setLocale(language);
            openIndicator("punktlighed");
            assertEquals(language == Locale.ENGLISH ? "Sense of responsibility" : "Ansvarsbevidsthed",
                    _get(NumberField.class, spec -> spec.withId("weight-ansvarsbevidsthed")).getLabel());
            _get(IndicatorDialog.class).close();
        }
    }

    @Test
    void aStagedChangeShowsAsUnsavedAndLeavingAsksBeforeItIsLost() throws Exception {
        signIn(ReportingFixture.COORDINATOR);
        UI.getCurrent().navigate("config/traits");
        TraitConfigurationView view = _get(TraitConfigurationView.class);
        Button save = _get(Button.class, spec -> spec.withId("config-save"));
        assertTrue(!save.isEnabled(), "nothing to save yet");
        assertEquals("", _get(Paragraph.class, spec -> spec.withClasses("config-unsaved")).getText());

        _setValue(_get(IntegerField.class, spec -> spec.withId("correction-window")), 9);
        assertTrue(save.isEnabled());
        assertTrue(_get(Paragraph.class, spec -> spec.withClasses("config-unsaved")).getText().startsWith("Ændringer, der ikke"));
        UI.getCurrent().navigate("reports");
        com.vaadin.flow.component.confirmdialog.ConfirmDialog ask =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertEquals(view, _get(TraitConfigurationView.class), "still here, asked first");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel(ask);
        assertEquals(view, _get(TraitConfigurationView.class), "stays when told to");
        assertEquals(1, fixture.configuration.current().version(), "nothing saved behind the person's back");

        _setValue(_get(IntegerField.class, spec -> spec.withId("correction-window")), 7);
        assertTrue(!save.isEnabled() && !view.hasUnsavedChanges(), "back as it was: nothing to save, and no question");
        UI.getCurrent().navigate("reports");
        assertTrue(_find(TraitConfigurationView.class).isEmpty());
    }

    @Test
    void aCompanyFollowsTheCourseOfAYoungPersonWhoMovedOn() throws Exception {
        String noah = fixture.user("noah.vestergaard@nextwork.example").id();
        signIn(fixture.user("company@nextwork.example"));
        UI.getCurrent().navigate("development/scores");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<dk.nextwork.identity.UserAccount> picker =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("person-picker"));
        assertTrue(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(picker).contains("Noah Vestergaard (demo)"),
                "Noah is on the list to choose from");
        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(picker, "vest");
        assertEquals(List.of("Noah Vestergaard (demo)"), com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(picker),
                "fetched by the name typed");
        _setValue(picker, com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(picker).get(0));
        assertEquals("development/scores?person=" + noah, UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters(),
                "choosing opens the young person's scores");
        String course = _get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withClasses("course")).getElement()
                .getTextRecursively();
        assertTrue(course.contains("Surdejshjørnet") && course.contains("Midtvejs Lager & Logistik") && course.contains("(nu)"),
                course);
    }
}
