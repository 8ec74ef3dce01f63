package dk.nextwork.development.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vaadin.addons.echartsflow.ChartClickEvent;
import org.vaadin.addons.echartsflow.ChartDataTable;
import org.vaadin.addons.echartsflow.EChart;
import org.vaadin.addons.echartsflow.option.Axis;
import org.vaadin.addons.echartsflow.option.ChartOption;
import org.vaadin.addons.echartsflow.option.Grid;
import org.vaadin.addons.echartsflow.option.OptionJson;
import org.vaadin.addons.echartsflow.option.RadarSeries;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;

import dk.nextwork.development.Conversation;
import dk.nextwork.development.DevelopmentFixture;
import dk.nextwork.development.DevelopmentPicture;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.platform.i18n.Texts;
import dk.nextwork.shell.testing.VaadinShell;
import dk.nextwork.shell.ui.AccessDeniedView;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.reporting.ReportingFixture;
import dk.nextwork.reporting.Score;

/** The development views: the right young person's data for the right viewer, and refusals for everyone else. */
class DevelopmentViewsTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private DevelopmentFixture fixture;

    @BeforeEach
    void wire() {
        fixture = new DevelopmentFixture(running.platform(), running.clock());
    }

    @AfterEach
    void stop() {
        VaadinShell.stop();
    }

    private void signIn(SignedInUser user) {
        Map<Class<?>, Supplier<?>> views = Map.of(
                DevelopmentView.class, () -> new DevelopmentView(fixture.development, fixture.conversations,
                        fixture.reporting.access, fixture.reporting.configuration),
                ConversationView.class, () -> new ConversationView(fixture.conversations, fixture.development),
                CohortView.class, () -> new CohortView(fixture.cohorts));
        VaadinShell.start(fixture.reporting.identity, user, List.of(new DevelopmentNavigation()), views,
                "dk.nextwork.development.ui");
    }

    private static void open(Class<? extends com.vaadin.flow.component.Component> view, String person) {
        UI.getCurrent().navigate(view, QueryParameters.simple(Map.of("person", person)));
    }

    /** A click on a point of the readiness-for-work line, as the browser reports it. */
    private static void clickReadinessForWork(int dataIndex) {
        EChart dimensions = _get(EChart.class, spec -> spec.withId("development-dimensions"));
        ComponentUtil.fireEvent(dimensions, new ChartClickEvent(dimensions, true, "series", 0, "Arbejdsegnethed",
                "arbejdsegnethed", dataIndex, "uge", "[]"));
    }

    @Test
    void aYoungPersonSeesTheirOwnRadarTrendsAndConversations() throws Exception {
        SignedInUser mikkel = fixture.reporting.user("youth@nextwork.example");
        signIn(mikkel);
        UI.getCurrent().navigate("development");
        DevelopmentPicture picture = _get(DevelopmentView.class).picture();
        assertEquals(mikkel.id(), picture.youngPerson(), "their own, without choosing");

        EChart radar = _get(EChart.class, spec -> spec.withId("development-radar"));
        RadarSeries series = (RadarSeries) radar.getOption().getSeries().get(0);
        assertEquals(List.of("Sidst", "Nu"), series.getItems().stream().map(RadarSeries.Item::getName).toList());
        assertEquals(6, radar.getOption().getRadar().getIndicator().size(), "the six traits");
        UnorderedList said = _get(UnorderedList.class, spec -> spec.withClasses("trait-changes"));
        assertEquals(6, said.getChildren().count(), "each trait's change in words");
        assertTrue(said.getChildren().map(item -> item.getElement().getText()).anyMatch(text -> text.startsWith("Initiativ ")));

        EChart dimensions = _get(EChart.class, spec -> spec.withId("development-dimensions"));
        assertEquals(List.of("arbejdsegnethed", "beslutsomhed", "modstandskraft"),
                dimensions.getOption().getSeries().stream().map(one -> one.getId()).toList());
        assertTrue(dimensions.getOption().getSeries().get(0).getMarkArea().getData().size() >= 1,
                "the placement is shaded");
        assertEquals(3, _find(ChartDataTable.class).stream().filter(table -> table.getCaption().equals("Arbejdsegnethed")
                || table.getCaption().equals("Beslutsomhed") || table.getCaption().equals("Modstandskraft")).count(),
                "each line also as a table");
        assertEquals(1, _find(Details.class, spec -> spec.withClasses("conversation-record")).size(), "the demo conversation");
        assertTrue(_get(Paragraph.class, spec -> spec.withClasses("development-focus")).getText().startsWith("Fokus nu: Vedholdenhed"),
                "the area chosen last time is the focus now");
        assertTrue(_find(Anchor.class).stream().anyMatch(anchor -> anchor.getText().equals("Start samtale")));
    }

    /** The column headers of the newest month's side-by-side table. */
    private static List<String> perspectiveHeaders() {
        com.vaadin.flow.component.html.NativeTable table = _find(com.vaadin.flow.component.html.NativeTable.class,
                spec -> spec.withClasses("perspectives-table")).get(0);
        return table.getHead().getRows().get(0).getHeaderCells().stream()
                .map(cell -> cell.getElement().getText()).toList();
    }

    @Test
    void theCounsellorSeesThreeViewsSideBySideAndTheirBeliefAsContext() throws Exception {
        SignedInUser jonas = fixture.reporting.user("counsellor@nextwork.example");
        String mikkel = fixture.reporting.user("youth@nextwork.example").id();
        signIn(jonas);
        open(DevelopmentView.class, mikkel);
        _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("development-perspectives"));
        assertEquals(List.of("Punkt", "Virksomhed", "Ungevejleder", "Den unge selv"), perspectiveHeaders());
        List<com.vaadin.flow.component.html.NativeTableRow> rows = _find(com.vaadin.flow.component.html.NativeTableRow.class,
                spec -> spec.withClasses("perspectives-row"));
        assertEquals("Vedholdenhed", rows.get(0).getHeaderCells().get(0).getElement().getText());
        assertTrue(rows.get(0).getDataCell(2).orElseThrow().getElement().getText().matches("\\d af 5"),
                "Mikkel's own view beside the others'");
        com.vaadin.flow.component.html.Div belief = _get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("development-likelihood"));
        assertTrue(belief.getElement().getTextRecursively().contains("Hvor sandsynligt er det, at Mikkel er i job eller uddannelse"));
        assertFalse(_find(belief, ListItem.class).isEmpty(), "the answers over time");
    }

    @Test
    void theYoungPersonSeesTheThreeViewsSpokenToAsYouAndNotTheBelief() throws Exception {
        SignedInUser mikkel = fixture.reporting.user("youth@nextwork.example");
        signIn(mikkel);
        UI.getCurrent().navigate("development");
        assertEquals(List.of("Punkt", "Virksomhed", "Ungevejleder", "Dig selv"), perspectiveHeaders());
        assertTrue(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("development-likelihood")).isEmpty(),
                "the counsellor's belief is never shown to the young person");

        // the counsellor assesses this month; Mikkel has not given his own view of it
        var thisMonth = dk.nextwork.reporting.Period.of(dk.nextwork.reporting.Cadence.MONTHLY, fixture.reporting.reports.today());
        fixture.reporting.reports.submit(new Caller(fixture.reporting.user("counsellor@nextwork.example"), "test"),
                new dk.nextwork.reporting.ReportInput(mikkel.id(), dk.nextwork.reporting.Instrument.MONTHLY_ASSESSMENT, thisMonth,
                        Map.of("vedholdenhed", 4), "", null));
        VaadinShell.stop();
        signIn(mikkel);
        UI.getCurrent().navigate("development");
        assertTrue(_get(Paragraph.class, spec -> spec.withClasses("perspectives-own-missing")).getText()
                .startsWith("Du har ikke givet din egen vurdering af "), "said, without a verdict");
    }

    @Test
    void clickingAPointOpensTheReportsBehindIt() throws Exception {
        SignedInUser jonas = fixture.reporting.user("counsellor@nextwork.example");
        String noah = fixture.reporting.user("noah.vestergaard@nextwork.example").id();
        signIn(jonas);
        open(DevelopmentView.class, noah);
        DevelopmentPicture picture = _get(DevelopmentView.class).picture();
        List<Score> weeks = picture.history().of("arbejdsegnethed").orElseThrow().scores();
        int index = 0;
        while (weeks.get(index).isMissing()) {
            index++;
        }
        clickReadinessForWork(index);
        ReportsBehindDialog dialog = _get(ReportsBehindDialog.class);
        assertTrue(dialog.isOpened());
        assertEquals(1, _find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("report-behind")).size(),
                "the week's one report");
        var report = fixture.development.reportsBehind(new Caller(jonas, "test"), noah, "arbejdsegnethed", weeks.get(index).period()).get(0);
        var rating = report.ratings().entrySet().iterator().next();
        String indicator = fixture.reporting.configuration.current().definition().indicator(rating.getKey()).orElseThrow()
                .name().da();
        assertTrue(_find(ListItem.class).stream().anyMatch(item -> item.getText().equals(indicator + ": " + rating.getValue()
                + " af 5")), "with what it rated: " + indicator);
    }

    @Test
    void aCompanyThatHadTheYoungPersonSeesTheCourseButNoReportsOrConversations() throws Exception {
        SignedInUser sara = fixture.reporting.user("company@nextwork.example");
        String noah = fixture.reporting.user("noah.vestergaard@nextwork.example").id();
        signIn(sara);
        open(DevelopmentView.class, noah);
        assertFalse(_get(DevelopmentView.class).picture().reportsReadable());
        assertTrue(_find(Paragraph.class).stream().anyMatch(p -> p.getText().startsWith("Du kan følge forløbet")));
        clickReadinessForWork(0);
        assertTrue(_find(ReportsBehindDialog.class).isEmpty(), "no reports open");
        assertTrue(_find(Details.class, spec -> spec.withClasses("conversation-record")).isEmpty());
    }

    @Test
    void theRadarIsDrawnOnlyWhenEveryTraitHasAFigure() throws Exception {
        SignedInUser sara = fixture.reporting.user("company@nextwork.example");
        String emma = fixture.reporting.user("emma.friis@nextwork.example").id();
        signIn(sara);
        open(DevelopmentView.class, emma);
        assertTrue(_find(EChart.class, spec -> spec.withId("development-radar")).isEmpty(),
                "Emma's first week rated some traits only");
        assertTrue(_find(Paragraph.class).stream().anyMatch(p -> p.getText().startsWith("Radaren tegnes, når alle seks")));
        assertEquals(6, _get(UnorderedList.class, spec -> spec.withClasses("trait-changes")).getChildren().count());
        _get(EChart.class, spec -> spec.withId("development-dimensions"));
    }

    @Test
    void someoneWhoMayNotFollowTheYoungPersonIsRefused() throws Exception {
        String mikkel = fixture.reporting.user("youth@nextwork.example").id();
        signIn(ReportingFixture.representative("midtvejs-lager"));
        open(DevelopmentView.class, mikkel);
        _get(AccessDeniedView.class);
        VaadinShell.stop();
        signIn(fixture.reporting.user("counsellor@nextwork.example"));
        open(ConversationView.class, mikkel);
        _get(AccessDeniedView.class);
    }

    @Test
    void theRepresentativeAndTheYoungPersonSaveAConversationOfFourAnswers() throws Exception {
        SignedInUser sara = fixture.reporting.user("company@nextwork.example");
        String emma = fixture.reporting.user("emma.friis@nextwork.example").id();
        signIn(sara);
        open(ConversationView.class, emma);
        assertEquals("Det er jeres første samtale.", _get(Paragraph.class, spec -> spec.withClasses("conversation-opening")).getText());
        List<TextArea> answers = _find(TextArea.class);
        answers.get(0).setValue("Søjlen for initiativ er højere.");
        answers.get(2).setValue("Morgenmøderne.");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> area = _get(RadioButtonGroup.class);
        area.setValue("samarbejdsevner");
        _click(_get(Button.class, spec -> spec.withClasses("conversation-save")));
        assertTrue(answers.get(1).isInvalid(), "the unanswered second question is pointed out");
        assertEquals("Svar på spørgsmål 2.", answers.get(1).getErrorMessage());
        assertTrue(fixture.conversations.of(new Caller(sara, "test"), emma).isEmpty(), "nothing saved");

        answers.get(1).setValue("Hun bagte selv rugbrødet torsdag.");
        _click(_get(Button.class, spec -> spec.withClasses("conversation-save")));
        _get(DevelopmentView.class);
        List<Conversation> saved = fixture.conversations.of(new Caller(sara, "test"), emma);
        assertEquals(1, saved.size());
        assertEquals("Hun bagte selv rugbrødet torsdag.", saved.get(0).examples());
        assertEquals("samarbejdsevner", saved.get(0).focus());
        assertEquals(1, _find(Details.class, spec -> spec.withClasses("conversation-record")).size(), "shown to both");

        VaadinShell.stop();
        signIn(fixture.reporting.user("emma.friis@nextwork.example"));
        UI.getCurrent().navigate(ConversationView.class);
        assertTrue(_get(Paragraph.class, spec -> spec.withClasses("conversation-opening")).getText()
                .contains("valgte I at arbejde på Samarbejdsevner"), "the next one opens with the chosen area");
    }

    @Test
    void theCohortShowsSpreadsToCounsellorsOnly() throws Exception {
        signIn(fixture.reporting.user("counsellor@nextwork.example"));
        UI.getCurrent().navigate(CohortView.class);
        List<EChart> charts = _find(EChart.class);
        assertEquals(List.of("cohort-arbejdsegnethed", "cohort-beslutsomhed", "cohort-modstandskraft"),
                charts.stream().map(chart -> chart.getId().orElseThrow()).toList());
        assertTrue(_find(Paragraph.class).stream().anyMatch(p -> p.getText().contains("(6)")), "Jonas's six young people");
        int withheld = fixture.cohorts.picture(new Caller(fixture.reporting.user("counsellor@nextwork.example"), "test"))
                .dimensions().get(0).withheld();
        assertTrue(withheld > 0, "Noah's first weeks, before the others in the group began");
        assertEquals("Perioder, hvor færre end 5 unge blev vurderet, vises ikke (" + withheld + ").",
                _find(Paragraph.class, spec -> spec.withClasses("cohort-withheld")).get(0).getText());
        VaadinShell.stop();
        signIn(fixture.reporting.user("company@nextwork.example"));
        UI.getCurrent().navigate(CohortView.class);
        _get(AccessDeniedView.class);
        assertTrue(_find(EChart.class).isEmpty());
    }

    @Test
    void aCohortOfFewerThanFiveShowsNoChartOnlyThatItIsTooSmall() throws Exception {
        fixture.leaveInJonassGroup("youth@nextwork.example", "noah.vestergaard@nextwork.example");
        signIn(fixture.reporting.user("counsellor@nextwork.example"));
        UI.getCurrent().navigate(CohortView.class);
        assertTrue(_find(EChart.class).isEmpty());
        assertTrue(_find(ChartDataTable.class).isEmpty(), "no table of the figures either");
        assertTrue(_find(Paragraph.class).stream().anyMatch(p -> p.getText().equals("For få unge til at vise et samlet billede.")));
    }

    /** What a chart's x axis says under each labelled day, in the one format of Formats it uses: "month" or "week". */
    private static String dateFormatOf(Axis axis) {
        assertEquals("time", axis.getType());
        assertTrue(axis.getAxisLabel().getHideOverlap(), "labels with no room are left out, not drawn over each other");
        Map<Object, String> labels = axis.getAxisLabel().getCustomLabels();
        assertFalse(labels.isEmpty());
        Set<String> formats = new HashSet<>();
        labels.forEach((day, text) -> {
            LocalDate date = LocalDate.parse(String.valueOf(day));
            if (text.equals(Formats.shortMonth(date, Texts.DANISH))) {
                formats.add("month");
            } else {
                assertEquals(Formats.dayAndMonth(date, Texts.DANISH), text, "a label as the portal writes the day");
                formats.add("week");
            }
        });
        assertEquals(1, formats.size(), "one date format on an axis: " + labels);
        return formats.iterator().next();
    }

    @Test
    void theChartsLegendsShowEveryLineAndTheirAxesTheDatesInOneDanishFormat() throws Exception {
        signIn(fixture.reporting.user("youth@nextwork.example"));
        UI.getCurrent().navigate("development");
        assertEquals("plain", _get(EChart.class, spec -> spec.withId("development-radar")).getOption().getLegend().getType());
        for (String id : List.of("development-dimensions", "development-traits")) {
            ChartOption option = _get(EChart.class, spec -> spec.withId(id)).getOption();
            assertEquals("plain", option.getLegend().getType(), id + ": wraps, never pages");
            int wide = gridTop(option.getGrid());
            int phone = gridTop(option.getMedia().get(option.getMedia().size() - 1).option().getGrid());
            assertTrue(phone >= wide, id + ": a narrow chart's plot starts below its legend's rows");
            assertEquals("month", dateFormatOf(option.getXAxis().get(0)), id + ": Mikkel's course is months long");
            assertEquals(false, option.getDataZoom().get(0).get("showDetail"), "no dates in ECharts' own format beside the slider");
        }
        ChartOption traits = _get(EChart.class, spec -> spec.withId("development-traits")).getOption();
        assertTrue(gridTop(traits.getMedia().get(traits.getMedia().size() - 1).option().getGrid()) > gridTop(traits.getGrid()),
                "six traits take more rows on a phone than on a desktop");

        VaadinShell.stop();
        signIn(fixture.reporting.user("counsellor@nextwork.example"));
        UI.getCurrent().navigate(CohortView.class);
        for (EChart chart : _find(EChart.class)) {
            ChartOption option = chart.getOption();
            assertEquals("plain", option.getLegend().getType());
            assertEquals(List.of("Median", "Nedre kvartil", "Øvre kvartil"), option.getLegend().getData());
            dateFormatOf(option.getXAxis().get(0));
        }
    }

    private static int gridTop(Grid grid) {
        return OptionJson.tree(grid).get("top").asInt();
    }
}
