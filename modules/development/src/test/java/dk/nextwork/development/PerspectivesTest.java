package dk.nextwork.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Instrument;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.Rater;
import dk.nextwork.reporting.ReportInput;
import dk.nextwork.reporting.ReportingFixture;

/** The three perspectives on each month, and the counsellors' belief for counsellors and coordinators only. */
class PerspectivesTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private DevelopmentFixture fixture;
    private SignedInUser mikkel;
    private SignedInUser jonas;

    @BeforeEach
    void wire() throws Exception {
        fixture = new DevelopmentFixture(running.platform(), running.clock());
        mikkel = fixture.reporting.user("youth@nextwork.example");
        jonas = fixture.reporting.user("counsellor@nextwork.example");
    }

    @Test
    void theCounsellorSeesTheThreeViewsOfEachMonthlyIndicatorAndTheBeliefOverTime() {
        Perspectives seen = fixture.development.perspectives(new Caller(jonas, "test"), mikkel.id());
        assertEquals(List.of(Rater.COMPANY, Rater.COUNSELLOR, Rater.YOUNG_PERSON), seen.raters());
        assertEquals(Set.of(Rater.values()), seen.readable());
        Perspectives.Month latest = seen.latest().orElseThrow();
        assertEquals(List.of("vedholdenhed", "uafhaengighed", "realistisk-maal"),
                latest.rows().stream().map(Perspectives.Row::indicator).toList());
        for (Rater rater : Rater.values()) {
            assertTrue(latest.hasViewOf(rater), "the demo month has the " + rater + "'s view");
        }
        assertTrue(seen.months().stream().allMatch(month -> month.period().cadence() == Cadence.MONTHLY));
        assertTrue(seen.months().get(0).period().compareTo(seen.months().get(seen.months().size() - 1).period()) >= 0,
                "newest first");
        assertFalse(seen.likelihoods().orElseThrow().isEmpty(), "the counsellor's belief as context");
        assertFalse(fixture.development.perspectives(new Caller(ReportingFixture.COORDINATOR, "test"), mikkel.id())
                .likelihoods().orElseThrow().isEmpty(), "and the coordinator's");
    }

    @Test
    void theYoungPersonSeesTheThreeViewsButNeverTheBelief() {
        Perspectives his = fixture.development.perspectives(new Caller(mikkel, "test"), mikkel.id());
        assertTrue(his.latest().orElseThrow().hasViewOf(Rater.COUNSELLOR));
        assertTrue(his.latest().orElseThrow().hasViewOf(Rater.YOUNG_PERSON));
        assertEquals(Optional.empty(), his.likelihoods());
    }

    @Test
    void aCompanySeesOnlyItsOwnViewAndNeverTheBelief() throws Exception {
        SignedInUser workshop = ReportingFixture.representative("fjordbyens-vaerksted");
        Perspectives theirs = fixture.development.perspectives(new Caller(workshop, "test"), mikkel.id());
        assertEquals(Set.of(Rater.COMPANY), theirs.readable());
        assertTrue(theirs.months().stream().allMatch(month -> !month.hasViewOf(Rater.COUNSELLOR)
                && !month.hasViewOf(Rater.YOUNG_PERSON)));
        assertTrue(theirs.latest().orElseThrow().hasViewOf(Rater.COMPANY));
        assertEquals(Optional.empty(), theirs.likelihoods());

        String noah = fixture.reporting.user("noah.vestergaard@nextwork.example").id();
        SignedInUser bakery = fixture.reporting.user("company@nextwork.example");
        assertThrows(AccessDeniedException.class, () -> fixture.development.perspectives(new Caller(bakery, "test"), noah),
                "a company that only follows the course");
    }

    @Test
    void aMonthWithoutTheYoungPersonsOwnViewSaysSoWithoutAVerdict() throws Exception {
        Period thisMonth = Period.of(Cadence.MONTHLY, fixture.reporting.reports.today());
        fixture.reporting.reports.submit(new Caller(jonas, "test"), new ReportInput(mikkel.id(), Instrument.MONTHLY_ASSESSMENT,
                thisMonth, Map.of("vedholdenhed", 4), "", null, 5));
        Perspectives.Month latest = fixture.development.perspectives(new Caller(jonas, "test"), mikkel.id()).latest().orElseThrow();
        assertEquals(thisMonth, latest.period());
        assertEquals(Optional.of(4), latest.rows().get(0).of(Rater.COUNSELLOR));
        assertEquals(Optional.empty(), latest.rows().get(0).of(Rater.YOUNG_PERSON));
        assertFalse(latest.hasViewOf(Rater.YOUNG_PERSON));

        fixture.reporting.reports.submit(new Caller(mikkel, "test"), new ReportInput(mikkel.id(), Instrument.MONTHLY_ASSESSMENT,
                thisMonth, Map.of("vedholdenhed", 2), "", null));
        latest = fixture.development.perspectives(new Caller(jonas, "test"), mikkel.id()).latest().orElseThrow();
        assertEquals(Optional.of(2), latest.rows().get(0).of(Rater.YOUNG_PERSON), "side by side with the counsellor's 4");
        assertEquals(5, fixture.development.perspectives(new Caller(jonas, "test"), mikkel.id()).likelihoods().orElseThrow()
                .stream().filter(answer -> answer.month().equals(thisMonth)).findFirst().orElseThrow().answer());
    }
}
