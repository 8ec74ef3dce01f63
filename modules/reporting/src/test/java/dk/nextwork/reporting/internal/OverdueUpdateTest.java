package dk.nextwork.reporting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.platform.module.UpdateStep;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.program.Company;
import dk.nextwork.reporting.OverdueReports;
import dk.nextwork.reporting.ReportingFixture;

/** Update 1.3.0: the reports overdue per company are counted, as the reminders count them. */
class OverdueUpdateTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    @Test
    void theUpdateCountsEachCompanysOverdueReports() throws Exception {
        UpdateStep step = new ReportingVersionHandler().updateSteps().get(2);
        assertEquals("1.3.0", step.version().toString());
        running.platform().repository().withServiceSession(session -> {
            session.getNode(OverdueReports.ROOT).remove(); // as before 1.3.0
            OwnViewUpdateTest.runTasks(step, session, running.clock());
            session.save();
            return null;
        });
        ReportingFixture fixture = new ReportingFixture(running.platform(), running.clock());
        Map<String, Integer> expected = new TreeMap<>();
        for (Company company : fixture.companies.all()) {
            int count = fixture.due.overdueAt(company.id(), fixture.reports.today(), running.clock().instant()).size();
            if (count > 0) {
                expected.put(company.id(), count);
            }
        }
        assertTrue(!expected.isEmpty(), "the demo has reports overdue");
        Map<String, Integer> stored = running.platform().repository().withServiceSession(session -> {
            Map<String, Integer> counts = new TreeMap<>();
            for (javax.jcr.NodeIterator nodes = session.getNode(OverdueReports.ROOT).getNodes(); nodes.hasNext(); ) {
                javax.jcr.Node company = nodes.nextNode();
                if (company.getProperty("overdue").getLong() > 0) {
                    counts.put(company.getName(), (int) company.getProperty("overdue").getLong());
                }
            }
            return counts;
        });
        assertEquals(expected, stored, "kept per company by the update, before anyone reads them");
        assertEquals(expected, fixture.overdue.byCompany());
    }
}
