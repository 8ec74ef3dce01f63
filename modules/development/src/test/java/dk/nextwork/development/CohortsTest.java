package dk.nextwork.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.AuditEntry;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.ReportingFixture;
import dk.nextwork.reporting.Score;
import dk.nextwork.reporting.ScoreSeries;

/** The cohort view: medians and quartiles over the young people the viewer may see, and nobody else. */
class CohortsTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    /** The demo counsellor Jonas's network group. */
    static final List<String> GROUP = List.of("youth@nextwork.example", "noah.vestergaard@nextwork.example",
            "ali.demir@nextwork.example", "freja.moeller@nextwork.example", "laura.nielsen@nextwork.example",
            "oliver.jensen@nextwork.example");

    private DevelopmentFixture fixture;

    @BeforeEach
    void wire() {
        fixture = new DevelopmentFixture(running.platform(), running.clock());
    }

    @Test
    void quartilesInterpolateBetweenRanks() {
        Band band = Cohorts.band(Period.parse("2026-11").orElseThrow(), List.of(40.0, 10.0, 30.0, 20.0));
        assertEquals(4, band.people());
        assertEquals(17.5, band.lowerQuartile(), 1e-9);
        assertEquals(25.0, band.median(), 1e-9);
        assertEquals(32.5, band.upperQuartile(), 1e-9);
        Band one = Cohorts.band(Period.parse("2026-11").orElseThrow(), List.of(60.0));
        assertEquals(60.0, one.lowerQuartile(), 1e-9);
        assertEquals(60.0, one.upperQuartile(), 1e-9);
    }

    @Test
    void aCounsellorSeesTheSpreadOfTheirGroupAndACoordinatorOfTheWholeProgramme() throws Exception {
        SignedInUser jonas = fixture.reporting.user("counsellor@nextwork.example");
        CohortPicture group = fixture.cohorts.picture(new Caller(jonas, "test"));
        assertEquals(GROUP.size(), group.people(), "Mikkel, Noah and the four others in Jonas's group");
        assertEquals(List.of("arbejdsegnethed", "beslutsomhed", "modstandskraft"),
                group.dimensions().stream().map(CohortSeries::target).toList());

        Band latest = latestBand(group, "arbejdsegnethed");
        List<Double> expected = new ArrayList<>();
        for (String email : GROUP) {
            String id = fixture.reporting.user(email).id();
            fixture.reporting.scores.history(new Caller(jonas, "test"), id).of("arbejdsegnethed").orElseThrow().scores().stream()
                    .filter(score -> score.period().equals(latest.period()) && !score.isMissing())
                    .map(Score::value).forEach(value -> expected.add(value.getAsDouble()));
        }
        assertEquals(expected.size(), latest.people());
        double[] sorted = expected.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        assertEquals(Cohorts.quantile(sorted, 0.25), latest.lowerQuartile(), 1e-9);
        assertEquals(Cohorts.quantile(sorted, 0.5), latest.median(), 1e-9);

        CohortPicture programme = fixture.cohorts.picture(new Caller(ReportingFixture.COORDINATOR, "test"));
        assertEquals(GROUP.size() + 2, programme.people(), "every active young person: the group, Emma and Sofie");
    }

    @Test
    void aCoordinatorsBandsAreThoseOfTheYoungPeoplesHistoriesWithinHalfAPoint() throws Exception {
        Caller coordinator = new Caller(ReportingFixture.COORDINATOR, "test");
        Map<String, Map<Period, List<Double>>> scored = new TreeMap<>();
        for (UserAccount person : fixture.reporting.access.youngPeople(coordinator, null, 0, Integer.MAX_VALUE).people()) {
            fixture.reporting.scores.history(coordinator, person.id()).series().stream().filter(ScoreSeries::dimension)
                    .forEach(series -> series.scores().stream().filter(score -> !score.isMissing())
                            .forEach(score -> scored.computeIfAbsent(series.target(), target -> new TreeMap<>())
                                    .computeIfAbsent(score.period(), period -> new ArrayList<>())
                                    .add(score.value().getAsDouble())));
        }
        CohortPicture programme = fixture.cohorts.picture(coordinator);
        int compared = 0;
        for (CohortSeries series : programme.dimensions()) {
            List<Band> exact = scored.getOrDefault(series.target(), Map.of()).entrySet().stream()
                    .filter(period -> period.getValue().size() >= Cohorts.FEWEST_PEOPLE)
                    .map(period -> Cohorts.band(period.getKey(), period.getValue())).toList();
            assertEquals(exact.stream().map(Band::period).toList(), series.bands().stream().map(Band::period).toList(),
                    series.target());
            for (int i = 0; i < exact.size(); i++) {
                Band kept = series.bands().get(i);
                assertEquals(exact.get(i).people(), kept.people(), kept.toString());
                assertEquals(exact.get(i).lowerQuartile(), kept.lowerQuartile(), 0.5, kept.toString());
                assertEquals(exact.get(i).median(), kept.median(), 0.5, kept.toString());
                assertEquals(exact.get(i).upperQuartile(), kept.upperQuartile(), 0.5, kept.toString());
                compared++;
            }
        }
        assertTrue(compared > 0, "the demo has periods with five or more young people scored");
    }

    @Test
    void aCoordinatorsCohortIsReadFromTheProgrammesFiguresAndNamesNobodyInTheTrail() throws Exception {
        String mikkel = fixture.reporting.user("youth@nextwork.example").id();
        fixture.cohorts.picture(new Caller(ReportingFixture.COORDINATOR, "test"));
        List<AuditEntry> recent = fixture.reporting.identity.audit.recent(100, 1).stream()
                .filter(entry -> entry.actor().equals(ReportingFixture.COORDINATOR.id())).toList();
        assertTrue(recent.stream().anyMatch(entry -> entry.action().equals("scores.programme.read") && entry.subject() == null),
                recent.toString());
        assertTrue(recent.stream().noneMatch(entry -> entry.action().equals("person.course.read")),
                "no young person's history was read: " + recent);
        assertTrue(fixture.reporting.identity.audit.about(mikkel, 50).stream()
                .noneMatch(entry -> entry.action().equals("person.course.read")), "nor is it in Mikkel's trail");
    }

    @Test
    void aYoungPersonTurnedOffLeavesTheCoordinatorsBandsAtTheRefresh() throws Exception {
        Caller coordinator = new Caller(ReportingFixture.COORDINATOR, "test");
        String mikkel = fixture.reporting.user("youth@nextwork.example").id();
        Set<Period> his = fixture.reporting.scores.history(coordinator, mikkel).of("arbejdsegnethed").orElseThrow().scores()
                .stream().filter(score -> !score.isMissing()).map(Score::period).collect(Collectors.toSet());
        Band before = work(fixture.cohorts.picture(coordinator)).bands().stream().filter(band -> his.contains(band.period()))
                .max(java.util.Comparator.comparingInt(Band::people)).orElseThrow();
        assertTrue(before.people() > Cohorts.FEWEST_PEOPLE, "a week with Mikkel and more than five: " + before);

        fixture.reporting.identity.accounts.setActive(new SignedInUser("admin-test", "a@example.org", "Drift",
                Set.of(dk.nextwork.identity.Role.ADMIN), null, "da"), mikkel, false);
        assertEquals(before, band(work(fixture.cohorts.picture(coordinator)), before.period()),
                "the figures follow at the worker's refresh, not at once");
        fixture.reporting.programmeScores.refreshNow();
        assertEquals(before.people() - 1, band(work(fixture.cohorts.picture(coordinator)), before.period()).people());
    }

    private static CohortSeries work(CohortPicture picture) {
        return picture.dimensions().stream().filter(series -> series.target().equals("arbejdsegnethed")).findFirst()
                .orElseThrow();
    }

    private static Band band(CohortSeries series, Period period) {
        return series.bands().stream().filter(band -> band.period().equals(period)).findFirst().orElseThrow();
    }

    @Test
    void aPeriodScoredForFewerThanFiveYoungPeopleHasNoBandAndIsCountedAsWithheld() throws Exception {
        Caller coordinator = new Caller(ReportingFixture.COORDINATOR, "test");
        Map<Period, Integer> scored = new TreeMap<>();
        for (UserAccount person : fixture.reporting.access.youngPeople(coordinator, null, 0, Integer.MAX_VALUE).people()) {
            fixture.reporting.scores.history(coordinator, person.id()).of("arbejdsegnethed").ifPresent(series -> series.scores()
                    .stream().filter(score -> !score.isMissing()).forEach(score -> scored.merge(score.period(), 1, Integer::sum)));
        }
        Set<Period> few = scored.entrySet().stream().filter(period -> period.getValue() < Cohorts.FEWEST_PEOPLE)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertFalse(few.isEmpty(), "Noah's first weeks at the bakery, before the others began");

        CohortSeries work = fixture.cohorts.picture(coordinator).dimensions().stream()
                .filter(series -> series.target().equals("arbejdsegnethed")).findFirst().orElseThrow();
        assertEquals(few.size(), work.withheld());
        assertEquals(scored.size() - few.size(), work.bands().size(), "every other period has its band");
        assertTrue(work.bands().stream().noneMatch(band -> few.contains(band.period())), work.bands().toString());
        assertTrue(work.bands().stream().allMatch(band -> band.people() >= Cohorts.FEWEST_PEOPLE), work.bands().toString());
    }

    @Test
    void aCohortOfFewerThanFiveYoungPeopleHasNoFigureAtAll() throws Exception {
        SignedInUser jonas = fixture.reporting.user("counsellor@nextwork.example");
        fixture.leaveInJonassGroup("youth@nextwork.example", "noah.vestergaard@nextwork.example");
        CohortPicture group = fixture.cohorts.picture(new Caller(jonas, "test"));
        assertEquals(2, group.people());
        assertTrue(group.tooFew());
        assertTrue(group.dimensions().isEmpty(), "no band, not even of a period both were scored in");
        assertFalse(fixture.cohorts.picture(new Caller(ReportingFixture.COORDINATOR, "test")).tooFew());
    }

    @Test
    void thePictureStandsOnTodayByTheServicesClock() throws Exception {
        Clock aWeekAgo = Clock.offset(running.clock(), Duration.ofDays(-7));
        CohortPicture picture = new DevelopmentFixture(running.platform(), aWeekAgo).cohorts
                .picture(new Caller(ReportingFixture.COORDINATOR, "test"));
        assertEquals(PortalTime.today(aWeekAgo), picture.today());
    }

    @Test
    void representativesAndYoungPeopleAreRefused() throws Exception {
        assertThrows(AccessDeniedException.class,
                () -> fixture.cohorts.picture(new Caller(fixture.reporting.user("company@nextwork.example"), "test")));
        assertThrows(AccessDeniedException.class,
                () -> fixture.cohorts.picture(new Caller(fixture.reporting.user("youth@nextwork.example"), "test")));
    }

    private static Band latestBand(CohortPicture picture, String target) {
        List<Band> bands = picture.dimensions().stream().filter(series -> series.target().equals(target)).findFirst()
                .orElseThrow().bands();
        return bands.get(bands.size() - 1);
    }
}
