package dk.nextwork.reporting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.jcr.Node;
import javax.jcr.Session;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.reporting.Configuration;
import dk.nextwork.reporting.ReportingFixture;

/**
 * A young person's mark and kept part: one mark per save, saves and the worker never refusing each
 * other, and a mark added while the worker computed is not lost.
 */
class CohortContributionTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private ReportingFixture fixture;
    private PortalRepository repository;
    private String mikkel;

    @BeforeEach
    void wire() throws Exception {
        fixture = new ReportingFixture(running.platform(), running.clock());
        repository = running.platform().repository();
        mikkel = fixture.user("youth@nextwork.example").id();
    }

    @Test
    void aSaveMarksOnceHoweverOftenItChangesTheYoungPersonsReports() {
        int marks = repository.withServiceSession(session -> {
            CohortContribution.markDue(session, mikkel);
            CohortContribution.markDue(session, mikkel);
            session.save();
            return CohortContribution.read(folder(session)).marks().size();
        });
        assertEquals(1, marks);
        int afterAnotherSave = repository.withServiceSession(session -> {
            CohortContribution.markDue(session, mikkel);
            session.save();
            return CohortContribution.read(folder(session)).marks().size();
        });
        assertEquals(2, afterAnotherSave, "each save its own mark: no two saves write the same property");
        boolean nothingWritten = repository.<Boolean>withServiceSession(session -> {
            CohortContribution.markDue(session, "nobody-with-reports");
            return !session.hasPendingChanges();
        });
        assertTrue(nothingWritten, "a young person without reports adds nothing to mark");
    }

    @Test
    void aMarkAddedWhileTheWorkerComputedStaysAndNeitherSaveIsRefused() {
        mark();
        repository.withServiceSession(worker -> {
            assertEquals(1, ContributionRefresh.refresh(worker, List.of(mikkel), scoring()));
            mark(); // a report about him saved while the worker computed his part
            worker.save();
            return null;
        });
        assertTrue(due(), "the later mark is still there: he is refreshed again");
        assertEquals(1, fixture.programmeScores.refreshNow());
        assertFalse(due());

        mark();
        repository.withServiceSession(save -> {
            CohortContribution.markDue(save, mikkel);
            // the worker refreshes him for the earlier mark, and saves, before this save lands
            assertEquals(1, fixture.programmeScores.refreshNow());
            save.save();
            return null;
        });
        assertTrue(due(), "the save's own mark is kept");
    }

    private void mark() {
        repository.withServiceSession(session -> {
            CohortContribution.markDue(session, mikkel);
            session.save();
            return null;
        });
    }

    private boolean due() {
        int version = fixture.configuration.current().version();
        return repository.withServiceSession(session -> CohortContribution.isDue(folder(session), version));
    }

    private Node folder(Session session) throws javax.jcr.RepositoryException {
        return session.getNode(ReportStore.ROOT + "/" + mikkel);
    }

    private ContributionRefresh.Scoring scoring() {
        Configuration current = fixture.configuration.current();
        return new ContributionRefresh.Scoring(current.version(), current.definition(),
                version -> fixture.configuration.version(version).definition(), fixture.reports.today());
    }
}
