package dk.nextwork.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.RunningPlatform;

/** The counsellor's monthly belief: stored with the assessment, read by counsellors and coordinators only. */
class LikelihoodTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private ReportingFixture fixture;
    private SignedInUser jonas;
    private SignedInUser mikkel;
    private SignedInUser bakery;
    private Period thisMonth;

    @BeforeEach
    void wire() throws Exception {
        fixture = new ReportingFixture(running.platform(), running.clock());
        jonas = fixture.user("counsellor@nextwork.example");
        mikkel = fixture.user("youth@nextwork.example");
        bakery = fixture.user("company@nextwork.example");
        thisMonth = Period.of(Cadence.MONTHLY, fixture.reports.today());
    }

    private Report counsellorSays(int likelihood) throws Exception {
        return fixture.reports.submit(new Caller(jonas, "test"), new ReportInput(mikkel.id(), Instrument.MONTHLY_ASSESSMENT,
                thisMonth, Map.of("vedholdenhed", 4), "Godt på vej.", null, likelihood));
    }

    @Test
    void theCounsellorsAnswerIsStoredWithTheAssessmentAndReadByCounsellorsAndCoordinators() throws Exception {
        Report assessment = counsellorSays(4);
        assertEquals(Optional.of(4), assessment.likelihood());
        for (SignedInUser reader : List.of(jonas, ReportingFixture.COORDINATOR)) {
            Caller caller = new Caller(reader, "test");
            assertEquals(Optional.of(4), fixture.reports.find(caller, mikkel.id(), assessment.id()).orElseThrow().likelihood());
            List<Likelihood> answers = fixture.reports.likelihoods(caller, mikkel.id());
            Likelihood latest = answers.get(answers.size() - 1);
            assertEquals(thisMonth, latest.month());
            assertEquals(4, latest.answer());
            assertEquals(jonas.id(), latest.counsellor());
        }
        assertTrue(fixture.identity.audit.about(mikkel.id(), 20).stream()
                .anyMatch(entry -> entry.action().equals("person.read") && entry.actor().equals(ReportingFixture.COORDINATOR.id())),
                "audited like other reads");
    }

    @Test
    void theYoungPersonAndTheCompanyNeverReceiveIt() throws Exception {
        Report assessment = counsellorSays(2);
        Caller his = new Caller(mikkel, "test");
        Report read = fixture.reports.find(his, mikkel.id(), assessment.id()).orElseThrow();
        assertEquals(Map.of("vedholdenhed", 4), read.ratings(), "he reads the assessment about him");
        assertEquals(Optional.empty(), read.likelihood(), "but not the counsellor's belief");
        assertTrue(fixture.reports.reportsAbout(his, mikkel.id()).stream().allMatch(report -> report.likelihood().isEmpty()));
        counsellorSays(3);
        Report corrected = fixture.reports.find(his, mikkel.id(), assessment.id()).orElseThrow();
        assertFalse(corrected.corrections().isEmpty());
        assertTrue(corrected.corrections().stream().allMatch(correction -> correction.likelihood().isEmpty()),
                "nor what it said before a correction");
        assertEquals(Optional.of(2), fixture.reports.find(new Caller(jonas, "test"), mikkel.id(), assessment.id()).orElseThrow()
                .corrections().get(0).likelihood(), "the counsellor's earlier answer is kept");

        String emma = fixture.user("emma.friis@nextwork.example").id();
        for (SignedInUser refused : List.of(mikkel, bakery)) {
            String about = refused == bakery ? emma : mikkel.id();
            assertThrows(AccessDeniedException.class, () -> fixture.reports.likelihoods(new Caller(refused, "test"), about));
            assertTrue(fixture.identity.audit.about(about, 20).stream().anyMatch(entry -> entry.action().equals("likelihood.refused")
                    && entry.actor().equals(refused.id())), "the refusal is audited");
        }
        Caller company = new Caller(bakery, "test");
        assertTrue(fixture.reports.reportsAbout(company, emma).stream().allMatch(report -> report.likelihood().isEmpty()));
    }

    @Test
    void onlyTheCounsellorCanAnswerAndOnlyOnItsScale() throws Exception {
        String emma = fixture.user("emma.friis@nextwork.example").id();
        assertEquals("reporting.refused.likelihood", assertThrows(ReportingRefusedException.class,
                () -> fixture.reports.submit(new Caller(bakery, "test"), new ReportInput(emma, Instrument.MONTHLY_ASSESSMENT,
                        thisMonth, Map.of("vedholdenhed", 4), "", null, 4))).reason(), "not the company");
        assertEquals("reporting.refused.likelihood", assertThrows(ReportingRefusedException.class,
                () -> fixture.reports.saveDraft(new Caller(mikkel, "test"), new ReportInput(mikkel.id(), Instrument.MONTHLY_ASSESSMENT,
                        thisMonth, Map.of("vedholdenhed", 4), "", null, 4))).reason(), "not the young person");
        assertEquals("reporting.refused.likelihood", assertThrows(ReportingRefusedException.class,
                () -> fixture.reports.saveDraft(new Caller(jonas, "test"), new ReportInput(mikkel.id(), Instrument.MONTHLY_ASSESSMENT,
                        thisMonth, Map.of(), "", null, Likelihood.MAX + 1))).reason());
        assertTrue(fixture.reports.reportsAbout(new Caller(ReportingFixture.COORDINATOR, "test"), mikkel.id()).stream()
                .noneMatch(report -> report.period().equals(thisMonth) && report.rater() == Rater.COUNSELLOR), "nothing saved");
    }

    @Test
    void theDemoHasTheCounsellorsBeliefAboutTheTuesdayGroupAndMikkelsOwnViewOfTheMonthsBehindHim() throws Exception {
        Caller counsellor = new Caller(jonas, "test");
        for (String email : List.of("youth@nextwork.example", "noah.vestergaard@nextwork.example", "ali.demir@nextwork.example",
                "freja.moeller@nextwork.example", "laura.nielsen@nextwork.example", "oliver.jensen@nextwork.example")) {
            String person = fixture.user(email).id();
            List<Likelihood> answers = fixture.reports.likelihoods(counsellor, person);
            assertFalse(answers.isEmpty(), email);
            assertTrue(answers.stream().allMatch(answer -> Likelihood.isAnswer(answer.answer())));
        }
        List<Report> own = fixture.reports.reportsAbout(new Caller(mikkel, "test"), mikkel.id()).stream()
                .filter(report -> report.instrument() == Instrument.MONTHLY_ASSESSMENT && report.rater() == Rater.YOUNG_PERSON)
                .toList();
        assertFalse(own.isEmpty(), "Mikkel's own view of the months behind him");
        assertTrue(own.stream().noneMatch(report -> report.period().equals(thisMonth)), "this month's is still his to give");
    }
}
