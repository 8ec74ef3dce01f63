package dk.nextwork.reporting.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.Caller;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Configuration;
import dk.nextwork.reporting.Definition;
import dk.nextwork.reporting.Instrument;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.ReportInput;
import dk.nextwork.reporting.ReportingFixture;

/** The worker's turns: a sweep at start-up, then the young people that saves asked for, and a sweep after a new configuration. */
class ProgrammeScoresWorkerTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    @Test
    void theFirstTurnSweepsAndTheNextRefreshesWhoWasAskedFor() throws Exception {
        ReportingFixture fixture = new ReportingFixture(running.platform(), running.clock());
        ProgrammeScoresWorker worker = new ProgrammeScoresWorker(fixture.programmeScores, fixture.configuration);
        String noah = fixture.user("noah.vestergaard@nextwork.example").id();
        running.platform().repository().withServiceSession(session -> {
            CohortContribution.markDue(session, noah); // as a node that stopped before its worker's turn left him
            session.save();
            return null;
        });
        assertEquals(1, worker.turn(), "the start-up sweep finds the mark nobody asked about");
        assertEquals(0, worker.turn());

        fixture.placeSofie(fixture.reports.today());
        Map<String, Integer> ratings = new HashMap<>();
        ratings.put("punktlighed", 4);
        String sofie = fixture.user("sofie.ahmadi@nextwork.example").id();
        fixture.reports.submit(new Caller(ReportingFixture.representative("planteskolen-laerkereden"), "test"),
                new ReportInput(sofie, Instrument.WEEKLY_REPORT, Period.of(Cadence.WEEKLY, fixture.reports.today()).previous(),
                        ratings, "", 0));
        worker.soon(sofie);
        assertEquals(1, worker.turn(), "the young person the save asked for");
        assertEquals(0, worker.turn(), "asked for once, refreshed once");

        Configuration current = fixture.configuration.current();
        Definition definition = current.definition();
        fixture.configuration.save(ReportingFixture.COORDINATOR, current.version(), new Definition(definition.traits(),
                definition.dimensions(), definition.indicators(), definition.correctionWindowDays() + 1), "");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertTrue(worker.turn() > 0,
                "a new configuration version: the next turn sweeps, and everyone is due"));
        worker.stop();
    }
}
