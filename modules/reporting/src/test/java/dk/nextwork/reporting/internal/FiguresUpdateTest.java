package dk.nextwork.reporting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.Caller;
import dk.nextwork.platform.module.UpdateStep;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.reporting.DimensionHistograms;
import dk.nextwork.reporting.ReportingFixture;

/** Update 1.2.0: an installation from before the programme's figures gets their tree, and the worker counts everyone. */
class FiguresUpdateTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    @Test
    void everyYoungPersonIsDueAfterTheUpdateAndTheWorkerCountsWhatAFreshInstallHas() {
        ReportingFixture fixture = new ReportingFixture(running.platform(), running.clock());
        Caller coordinator = new Caller(ReportingFixture.COORDINATOR, "test");
        List<DimensionHistograms> installed = fixture.programmeScores.dimensions(coordinator);
        UpdateStep step = new ReportingVersionHandler().updateSteps().get(1);
        assertEquals("1.2.0", step.version().toString());

        int folders = running.platform().repository().withServiceSession(session -> {
            session.getNode(HistogramStore.ROOT).remove(); // as before 1.2.0: no figures, no parts kept
            int count = 0;
            for (NodeIterator nodes = session.getNode(ReportStore.ROOT).getNodes(); nodes.hasNext(); count++) {
                Node folder = nodes.nextNode();
                folder.getProperty(CohortContribution.POINTS).remove();
                folder.getProperty(CohortContribution.VERSION).remove();
            }
            session.save();
            OwnViewUpdateTest.runTasks(step, session, running.clock());
            session.save();
            return count;
        });
        assertTrue(fixture.programmeScores.dimensions(coordinator).stream().allMatch(dimension -> dimension.periods().isEmpty()),
                "nothing counted yet");
        assertEquals(folders, fixture.programmeScores.refreshNow(), "every young person was due");
        assertEquals(installed, fixture.programmeScores.dimensions(coordinator));
    }
}
