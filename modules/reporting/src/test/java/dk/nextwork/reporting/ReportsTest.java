package dk.nextwork.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.i18n.Texts;
import dk.nextwork.platform.testing.RunningPlatform;

/** Filing reports: who may, which periods, drafts, submitting, corrections within the window, who reads them. */
class ReportsTest {

    private static final Map<String, Integer> FULL = Map.of("ansvarsbevidsthed", 4, "punktlighed", 5, "produktivitet", 3,
            "sociale-faerdigheder", 4, "samarbejdsvillighed", 4);

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private ReportingFixture fixture;
    private SignedInUser nursery;
    private String sofie;
    private Period lastWeek;

    @BeforeEach
    void wire() throws Exception {
        fixture = new ReportingFixture(running.platform(), running.clock());
        fixture.placeSofie(fixture.reports.today());
        nursery = ReportingFixture.representative("planteskolen-laerkereden");
        sofie = fixture.user("sofie.ahmadi@nextwork.example").id();
        lastWeek = Period.of(Cadence.WEEKLY, fixture.reports.today()).previous();
    }

    private ReportInput weekly(Period week, Map<String, Integer> ratings, Integer absence) {
        return new ReportInput(sofie, Instrument.WEEKLY_REPORT, week, ratings, "Godt i gang", absence);
    }

    @Test
    void aRepresentativeFilesTheWeeklyReportOfAYoungPersonPlacedWithThem() throws Exception {
        Report draft = fixture.reports.saveDraft(new Caller(nursery, "test"), weekly(lastWeek, Map.of("punktlighed", 4), null));
        assertEquals(Report.Status.DRAFT, draft.status());
        SignedInUser herself = fixture.user("sofie.ahmadi@nextwork.example");
        assertTrue(fixture.reports.reportsAbout(new Caller(herself, "test"), sofie).isEmpty(), "a draft is not hers to read yet");
        assertEquals(Map.of("punktlighed", 4),
                fixture.reports.open(new Caller(nursery, "test"), sofie, Instrument.WEEKLY_REPORT, lastWeek).ratings(), "the draft comes back");

        Report submitted = fixture.reports.submit(new Caller(nursery, "test"), weekly(lastWeek, FULL, 2));
        assertEquals(Report.Status.SUBMITTED, submitted.status());
        assertEquals(1, submitted.configVersion());
        assertEquals(Rater.COMPANY, submitted.rater());
        assertEquals("planteskolen-laerkereden", submitted.raterId());
        assertEquals(2, submitted.absenceHours().orElseThrow());
        List<Report> hers = fixture.reports.reportsAbout(new Caller(herself, "test"), sofie);
        assertEquals(List.of(submitted.id()), hers.stream().map(Report::id).toList());
        assertEquals(FULL, hers.get(0).ratings());
    }

    @Test
    void aRepresentativeCannotReportOnSomeoneNotPlacedAtTheirCompany() throws Exception {
        SignedInUser bakery = fixture.user("company@nextwork.example");
        assertThrows(AccessDeniedException.class, () -> fixture.reports.submit(new Caller(bakery, "test"), weekly(lastWeek, FULL, 0)));
        Period beforePlacement = lastWeek.previous().previous().previous();
        assertThrows(AccessDeniedException.class,
                () -> fixture.reports.submit(new Caller(nursery, "test"), weekly(beforePlacement, FULL, 0)));
        assertTrue(fixture.reports.reportsAbout(new Caller(ReportingFixture.COORDINATOR, "test"), sofie).isEmpty());
        assertTrue(fixture.identity.audit.about(sofie, 20).stream()
                .anyMatch(entry -> entry.action().equals("report.refused") && entry.actor().equals(bakery.id())));
    }

    @Test
    void aSubmittedReportCanBeCorrectedWithinTheWindowAndTheEarlierWordingIsKept() throws Exception {
        fixture.reports.submit(new Caller(nursery, "test"), weekly(lastWeek, FULL, 0));
        assertEquals("reporting.refused.alreadySubmitted", assertThrows(ReportingRefusedException.class,
                () -> fixture.reports.saveDraft(new Caller(nursery, "test"), weekly(lastWeek, Map.of(), 0))).reason());

        Map<String, Integer> corrected = new java.util.HashMap<>(FULL);
        corrected.put("punktlighed", 2);
        Report second = fixture.reports.submit(new Caller(nursery, "test"), weekly(lastWeek, corrected, 4));
        assertEquals(2, second.ratings().get("punktlighed"));
        assertEquals(1, second.corrections().size());
        assertEquals(5, second.corrections().get(0).ratings().get("punktlighed"), "what it said first is kept");
        assertEquals(0, second.corrections().get(0).absenceHours().orElseThrow());

        int window = fixture.configuration.current().definition().correctionWindowDays();
        Reports later = fixture.reportsAt(Clock.offset(running.clock(), Duration.ofDays(window).plusHours(1)));
        assertTrue(fixture.reports.isCorrectable(second));
        assertEquals(second.submitted().map(at -> at.plus(Duration.ofDays(window))), fixture.reports.correctableUntil(second));
        assertFalse(later.isCorrectable(second), "the form offers no correction once the window has closed");
        assertFalse(fixture.reports.isCorrectable(fixture.reports.saveDraft(new Caller(nursery, "test"), weekly(lastWeek.previous(), Map.of(), 0))), "a draft is no correction");
        ReportingRefusedException closed = assertThrows(ReportingRefusedException.class,
                () -> later.submit(new Caller(nursery, "test"), weekly(lastWeek, FULL, 0)));
        assertEquals("reporting.refused.correctionClosed", closed.reason());
        Report kept = fixture.reports.find(new Caller(ReportingFixture.COORDINATOR, "test"), sofie, second.id()).orElseThrow();
        assertEquals(2, kept.ratings().get("punktlighed"), "a refused correction changes nothing");
        assertEquals(1, kept.corrections().size());
    }

    @Test
    void badReportsAreRefusedWithAReasonAndChangeNothing() throws Exception {
        Period nextWeek = lastWeek.next().next();
        assertEquals("reporting.refused.future", refusal(weekly(nextWeek, FULL, 0)));
        ReportingRefusedException outOfScale = refused(weekly(lastWeek, Map.of("punktlighed", 6), 0));
        assertEquals("reporting.refused.outOfScale", outOfScale.reason());
        assertEquals("Vurderingen af \"Punktlighed\" skal ligge fra 1 til 5.", text(Texts.DANISH, outOfScale));
        assertEquals("The rating of \"Punctuality\" must be from 1 to 5.", text(Locale.ENGLISH, outOfScale),
                "the indicator by its name in the reader's language");
        ReportingRefusedException notOnTheForm = refused(weekly(lastWeek, Map.of("vedholdenhed", 3), 0));
        assertEquals("reporting.refused.unknownIndicator", notOnTheForm.reason());
        assertFalse(text(Texts.DANISH, notOnTheForm).contains("vedholdenhed"), "never the key");
        assertEquals("reporting.refused.absence", refusal(weekly(lastWeek, FULL, Reports.MAX_ABSENCE_HOURS + 1)));
        assertEquals("reporting.refused.absence", refusal(weekly(lastWeek, FULL, -1)));
        assertEquals("reporting.refused.noRatings", refusal(weekly(lastWeek, Map.of(), 0)));
        assertEquals("reporting.refused.comment", refusal(new ReportInput(sofie, Instrument.WEEKLY_REPORT, lastWeek, FULL,
                "x".repeat(Reports.MAX_COMMENT + 1), 0)));
        assertEquals("reporting.refused.period", refusal(new ReportInput(sofie, Instrument.WEEKLY_REPORT,
                Period.of(Cadence.MONTHLY, fixture.reports.today()), FULL, "", 0)));
        assertTrue(fixture.reports.reportsAbout(new Caller(ReportingFixture.COORDINATOR, "test"), sofie).isEmpty());
    }

    private String refusal(ReportInput input) {
        return refused(input).reason();
    }

    private ReportingRefusedException refused(ReportInput input) {
        return assertThrows(ReportingRefusedException.class, () -> fixture.reports.submit(new Caller(nursery, "test"), input));
    }

    private static String text(Locale locale, ReportingRefusedException refused) {
        return Texts.of(ReportsTest.class.getClassLoader()).get(locale, refused.reason(), refused.values());
    }

    @Test
    void aYoungPersonCannotSeeAnothersReportsAndSeesNoDraftsOfTheirOwn() throws Exception {
        SignedInUser mikkel = fixture.user("youth@nextwork.example");
        String emma = fixture.user("emma.friis@nextwork.example").id();
        assertThrows(AccessDeniedException.class, () -> fixture.reports.reportsAbout(new Caller(mikkel, "test"), emma));
        List<Report> own = fixture.reports.reportsAbout(new Caller(mikkel, "test"), mikkel.id());
        assertFalse(own.isEmpty(), "the demo has weeks of reports about Mikkel");
        assertTrue(own.stream().allMatch(report -> report.youngPerson().equals(mikkel.id()) && report.isSubmitted()));
        assertTrue(fixture.reports.reportsAbout(new Caller(ReportingFixture.COORDINATOR, "test"), mikkel.id()).stream()
                .anyMatch(report -> !report.isSubmitted()), "the coordinator sees the demo draft that Mikkel does not");
    }

    @Test
    void aRepresentativeReadsOnlyTheirOwnCompanysReports() throws Exception {
        String noah = fixture.user("noah.vestergaard@nextwork.example").id();
        SignedInUser warehouse = ReportingFixture.representative("midtvejs-lager");
        List<Report> seen = fixture.reports.reportsAbout(new Caller(warehouse, "test"), noah);
        assertFalse(seen.isEmpty());
        assertTrue(seen.stream().allMatch(report -> report.raterId().equals("midtvejs-lager")));
        assertTrue(fixture.reports.reportsAbout(new Caller(ReportingFixture.COORDINATOR, "test"), noah).stream()
                .anyMatch(report -> report.raterId().equals("surdejshjoernet")), "the bakery reported on Noah before");
    }

    @Test
    void theCounsellorAssessesMonthlyAndTheYoungPersonAnswersTheQuestionnaire() throws Exception {
        SignedInUser jonas = fixture.user("counsellor@nextwork.example");
        SignedInUser mikkel = fixture.user("youth@nextwork.example");
        LocalDate today = fixture.reports.today();
        Report assessment = fixture.reports.submit(new Caller(jonas, "test"), new ReportInput(mikkel.id(), Instrument.MONTHLY_ASSESSMENT,
                Period.of(Cadence.MONTHLY, today), Map.of("vedholdenhed", 4, "realistisk-maal", 3), "", null));
        assertEquals(Rater.COUNSELLOR, assessment.rater());
        assertEquals("reporting.refused.monthTooOld", assertThrows(ReportingRefusedException.class,
                () -> fixture.reports.submit(new Caller(jonas, "test"), new ReportInput(mikkel.id(), Instrument.MONTHLY_ASSESSMENT,
                        Period.of(Cadence.MONTHLY, today.minusMonths(2)), Map.of("vedholdenhed", 4), "", null))).reason());
        assertThrows(AccessDeniedException.class, () -> fixture.reports.submit(new Caller(jonas, "test"), new ReportInput(sofie,
                Instrument.MONTHLY_ASSESSMENT, Period.of(Cadence.MONTHLY, today), Map.of("vedholdenhed", 4), "", null)));

        Period half = Period.of(Cadence.HALF_YEARLY, today);
        Report answers = fixture.reports.submit(new Caller(mikkel, "test"), new ReportInput(mikkel.id(), Instrument.QUESTIONNAIRE, half,
                Map.of("prover-nyt", 5, "har-nogen", 4), "", null));
        assertEquals(Rater.YOUNG_PERSON, answers.rater());
        assertThrows(AccessDeniedException.class, () -> fixture.reports.submit(new Caller(mikkel, "test"), new ReportInput(sofie,
                Instrument.QUESTIONNAIRE, half, Map.of("prover-nyt", 5), "", null)));
        assertEquals("reporting.refused.questionnairePeriod", assertThrows(ReportingRefusedException.class,
                () -> fixture.reports.submit(new Caller(mikkel, "test"), new ReportInput(mikkel.id(), Instrument.QUESTIONNAIRE, half.previous(),
                        Map.of("prover-nyt", 5), "", null))).reason());
    }
}
