package dk.nextwork.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.testing.RunningPlatform;

/**
 * The programme's kept figures: every active young person's dimension scores counted per period,
 * as their histories have them; moved by a submit, a correction, a removed report, an account
 * turned off and on, a new configuration; and a rebuild finds what was kept.
 */
class ProgrammeScoresTest {

    private static final String WORK = "arbejdsegnethed";
    private static final List<String> WEEKLY = List.of("ansvarsbevidsthed", "punktlighed", "produktivitet",
            "sociale-faerdigheder", "samarbejdsvillighed");
    private static final SignedInUser ADMIN = new SignedInUser("admin-test", "a@example.org", "Drift", Set.of(Role.ADMIN), null,
            "da");

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private ReportingFixture fixture;
    private final Caller coordinator = new Caller(ReportingFixture.COORDINATOR, "test");

    @BeforeEach
    void wire() {
        fixture = new ReportingFixture(running.platform(), running.clock());
    }

    @Test
    void theKeptFiguresCountEveryActiveYoungPersonsScoresAsTheirHistoriesHaveThem() {
        Map<String, Map<Period, long[]>> expected = new HashMap<>();
        for (UserAccount person : fixture.access.youngPeople(coordinator, null, 0, Integer.MAX_VALUE).people()) {
            for (ScoreSeries series : fixture.scores.history(coordinator, person.id()).series()) {
                if (!series.dimension()) {
                    continue; // traits are not in the figures
                }
                for (Score score : series.scores()) {
                    if (!score.isMissing()) {
                        expected.computeIfAbsent(series.target(), target -> new HashMap<>())
                                .computeIfAbsent(score.period(), period -> new long[ScoreHistogram.POINTS])
                                [ScoreHistogram.pointOf(score.value().getAsDouble())]++;
                    }
                }
            }
        }
        List<DimensionHistograms> kept = fixture.programmeScores.dimensions(coordinator);
        assertEquals(List.of(WORK, "beslutsomhed", "modstandskraft"), kept.stream().map(DimensionHistograms::target).toList());
        for (DimensionHistograms dimension : kept) {
            Map<Period, long[]> periods = expected.getOrDefault(dimension.target(), Map.of());
            assertEquals(periods.keySet(), Set.copyOf(dimension.periods().stream().map(ScoreHistogram::period).toList()),
                    dimension.target());
            for (ScoreHistogram histogram : dimension.periods()) {
                assertEquals(new ScoreHistogram(histogram.period(), periods.get(histogram.period())), histogram);
            }
        }
        assertTrue(kept.get(0).periods().stream().mapToLong(ScoreHistogram::people).max().orElse(0) >= 5,
                "the demo's weeks with most young people");
    }

    @Test
    void theInstallCountedEveryoneAndARebuildFindsWhatWasKept() {
        List<DimensionHistograms> installed = fixture.programmeScores.dimensions(coordinator);
        assertEquals(0, fixture.programmeScores.refreshNow(), "nobody is due after the install");
        assertTrue(fixture.programmeScores.rebuild() >= 7, "every demo young person with reports");
        assertEquals(installed, fixture.programmeScores.dimensions(coordinator));
    }

    @Test
    void aSubmittedReportIsCountedAtTheRefreshAndACorrectionMovesIt() throws Exception {
        fixture.placeSofie(fixture.reports.today());
        Period lastWeek = Period.of(Cadence.WEEKLY, fixture.reports.today()).previous();
        long lowest = count(WORK, lastWeek, 0);
        long highest = count(WORK, lastWeek, 100);

        fixture.reports.saveDraft(nursery(), weekly(lastWeek, 1));
        assertEquals(1, fixture.programmeScores.refreshNow(), "her first report made her folder: counted once");
        assertEquals(lowest, count(WORK, lastWeek, 0), "a draft changes no score");
        fixture.reports.saveDraft(nursery(), weekly(lastWeek, 2));
        assertEquals(0, fixture.programmeScores.refreshNow(), "a draft marks nobody");

        fixture.reports.submit(nursery(), weekly(lastWeek, 1));
        assertEquals(lowest, count(WORK, lastWeek, 0), "counted by the worker, not by the save");
        assertEquals(1, fixture.programmeScores.refreshNow());
        assertEquals(lowest + 1, count(WORK, lastWeek, 0), "rated at the bottom of every scale: point 0");

        fixture.reports.submit(nursery(), weekly(lastWeek, 5));
        assertEquals(1, fixture.programmeScores.refreshNow());
        assertEquals(lowest, count(WORK, lastWeek, 0), "the correction takes her old point out");
        assertEquals(highest + 1, count(WORK, lastWeek, 100), "and puts her new one in");

        List<DimensionHistograms> kept = fixture.programmeScores.dimensions(coordinator);
        fixture.programmeScores.rebuild();
        assertEquals(kept, fixture.programmeScores.dimensions(coordinator), "the deltas kept what a recount finds");
    }

    @Test
    void aRemovedReportLeavesTheFigures() throws Exception {
        fixture.placeSofie(fixture.reports.today());
        Period lastWeek = Period.of(Cadence.WEEKLY, fixture.reports.today()).previous();
        long lowest = count(WORK, lastWeek, 0);
        Report filed = fixture.reports.submit(nursery(), weekly(lastWeek, 1));
        fixture.programmeScores.refreshNow();
        assertEquals(lowest + 1, count(WORK, lastWeek, 0));

        String sofie = filed.youngPerson();
        boolean removed = running.platform().repository().<Boolean>withServiceSession(session -> {
            boolean found = ReportArchive.remove(session, sofie, filed.id());
            session.save();
            return found;
        });
        assertTrue(removed);
        assertEquals(1, fixture.programmeScores.refreshNow());
        assertEquals(lowest, count(WORK, lastWeek, 0));
    }

    @Test
    void aYoungPersonWhoseAccountIsOffLeavesTheFiguresAndComesBackWhenItIsOn() throws Exception {
        List<DimensionHistograms> before = fixture.programmeScores.dimensions(coordinator);
        String mikkel = fixture.user("youth@nextwork.example").id();
        ScoreHistory his = fixture.scores.history(coordinator, mikkel);
        Score lastScored = his.of(WORK).orElseThrow().scores().stream().filter(score -> !score.isMissing())
                .reduce((first, second) -> second).orElseThrow();
        long people = people(WORK, lastScored.period());

        fixture.identity.accounts.setActive(ADMIN, mikkel, false);
        assertEquals(1, fixture.programmeScores.refreshNow(), "turning the account off marked him");
        assertEquals(people - 1, people(WORK, lastScored.period()));
        assertNotEquals(before, fixture.programmeScores.dimensions(coordinator));

        fixture.identity.accounts.setActive(ADMIN, mikkel, true);
        assertEquals(1, fixture.programmeScores.refreshNow());
        assertEquals(before, fixture.programmeScores.dimensions(coordinator), "counted again as before");
    }

    @Test
    void aNewConfigurationVersionCountsEveryoneAgain() throws Exception {
        List<DimensionHistograms> before = fixture.programmeScores.dimensions(coordinator);
        Configuration current = fixture.configuration.current();
        Definition definition = current.definition();
        fixture.configuration.save(ReportingFixture.COORDINATOR, current.version(), new Definition(definition.traits(),
                definition.dimensions(), definition.indicators(), definition.correctionWindowDays() + 1), "en dag mere");

        int folders = running.platform().repository().withServiceSession(session ->
                (int) session.getNode("/reports").getNodes().getSize());
        assertEquals(folders, fixture.programmeScores.refreshNow(), "every young person's part is of the old version");
        assertEquals(before, fixture.programmeScores.dimensions(coordinator), "the correction window moves no score");
        assertEquals(0, fixture.programmeScores.refreshNow());
    }

    @Test
    void onlyCoordinatorsSeeTheWholeProgrammesFigures() throws Exception {
        SignedInUser jonas = fixture.user("counsellor@nextwork.example");
        assertThrows(AccessDeniedException.class, () -> fixture.programmeScores.dimensions(new Caller(jonas, "test")));
        assertThrows(AccessDeniedException.class,
                () -> fixture.programmeScores.dimensions(new Caller(fixture.user("youth@nextwork.example"), "test")));
        assertTrue(fixture.identity.audit.recent(20, 1).stream()
                .anyMatch(entry -> entry.action().equals("scores.programme.refused") && entry.actor().equals(jonas.id())));
    }

    private Caller nursery() {
        return new Caller(ReportingFixture.representative("planteskolen-laerkereden"), "test");
    }

    private ReportInput weekly(Period week, int rating) throws Exception {
        Map<String, Integer> ratings = new HashMap<>();
        WEEKLY.forEach(indicator -> ratings.put(indicator, rating));
        return new ReportInput(fixture.user("sofie.ahmadi@nextwork.example").id(), Instrument.WEEKLY_REPORT, week, ratings, "", 0);
    }

    private ScoreHistogram histogram(String target, Period period) {
        return fixture.programmeScores.dimensions(coordinator).stream().filter(dimension -> dimension.target().equals(target))
                .flatMap(dimension -> dimension.periods().stream()).filter(histogram -> histogram.period().equals(period))
                .findFirst().orElse(new ScoreHistogram(period, new long[ScoreHistogram.POINTS]));
    }

    private long count(String target, Period period, int point) {
        return histogram(target, period).count(point);
    }

    private long people(String target, Period period) {
        return histogram(target, period).people();
    }
}
