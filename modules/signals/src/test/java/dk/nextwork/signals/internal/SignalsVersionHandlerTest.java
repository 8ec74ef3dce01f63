package dk.nextwork.signals.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.platform.testing.DemoRepository;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.signals.Signal;
import dk.nextwork.signals.SignalAction;
import dk.nextwork.signals.SignalKind;

/** The signals' updates of what earlier versions stored. */
@ExtendWith(DemoRepository.Parameter.class)
class SignalsVersionHandlerTest {

    @TempDir
    Path home;

    private Platform start() throws Exception {
        return RunningPlatform.startOn(home, getClass().getClassLoader());
    }

    @Test
    void theUpdateTo110MarksTheSignalsNobodyHasActedOnAsOpenAndIndexesThem(DemoRepository demo) throws Exception {
        demo.copyInto(home);
        try (Platform platform = start()) {
            platform.repository().withServiceSession(session -> {
                // as 1.0.0 stored them: no mark, no index; and one acted on
                for (NodeIterator folders = session.getNode(SignalStore.ROOT).getNodes(); folders.hasNext(); ) {
                    for (NodeIterator signals = folders.nextNode().getNodes(); signals.hasNext(); ) {
                        Node signal = signals.nextNode();
                        if (signal.hasProperty(SignalStore.OPEN)) {
                            signal.getProperty(SignalStore.OPEN).remove();
                        }
                    }
                }
                Node emma = session.getNode(SignalStore.ROOT).getNodes().nextNode();
                SignalStore.addIfNew(session, new Signal("concern-acted-on", emma.getName(), SignalKind.CONCERN,
                        LocalDate.of(2026, 1, 5), Optional.empty(), List.of(), List.of(), Optional.of("Træt"),
                        Optional.of("company-rep"), Optional.of(new Signal.Acted(SignalAction.TALKED, "", "coordinator-1",
                                "Hanne", Instant.parse("2026-01-06T10:00:00Z"))), Optional.empty(), Optional.empty()));
                session.getNode("/oak:index/openSignals").remove();
                session.getNode("/system/modules/signals").setProperty("version", "1.0.0");
                session.save();
                return null;
            });
        }
        try (Platform updated = start()) {
            List<String> expected = updated.repository().withServiceSession(session -> {
                List<String> open = new java.util.ArrayList<>();
                for (NodeIterator folders = session.getNode(SignalStore.ROOT).getNodes(); folders.hasNext(); ) {
                    for (NodeIterator signals = folders.nextNode().getNodes(); signals.hasNext(); ) {
                        Node signal = signals.nextNode();
                        if (SignalStore.read(signal).isOpen()) {
                            open.add(signal.getName());
                        }
                    }
                }
                return open.stream().sorted().toList();
            });
            assertEquals(List.of("concern-demo-emma"), expected, "the demo's concern is open, the other acted on");
            List<String> found = updated.repository().withServiceSession(session -> SignalStore.open(session).stream()
                    .map(SignalStore.OpenSignal::id).sorted().toList());
            assertEquals(expected, found, "every signal not acted on, and no other, is found as open");
            String plan = updated.repository().withServiceSession(session -> session.getWorkspace().getQueryManager()
                    .createQuery("EXPLAIN SELECT * FROM [nt:unstructured] AS s WHERE ISDESCENDANTNODE(s, '" + SignalStore.ROOT
                            + "') AND s.[" + SignalStore.OPEN + "] = CAST('true' AS BOOLEAN)", javax.jcr.query.Query.JCR_SQL2)
                    .execute().getRows().nextRow().getValue("plan").getString());
            assertTrue(plan.contains("/oak:index/openSignals"), plan);
        }
    }
}
