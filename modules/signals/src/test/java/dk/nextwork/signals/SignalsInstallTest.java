package dk.nextwork.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.Caller;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.reporting.ReportingFixture;

/**
 * The demo gives one of each signal however its day falls: here a Monday that is also the 1st of a
 * month, when last week's report is only just due and last month's assessments are not yet filed.
 */
class SignalsInstallTest {

    @RegisterExtension
    final RunningPlatform running = RunningPlatform.freshInstallAt(Instant.parse("2026-06-01T06:30:00Z"));

    @Test
    void detectionOverADemoInstalledOnAMondayThe1stFindsEachKind() throws Exception {
        SignalsFixture fixture = new SignalsFixture(running.platform(), running.clock());
        fixture.signals.detect(fixture.signals.today());
        Caller coordinator = new Caller(ReportingFixture.COORDINATOR, "test");
        List<String> people = List.of(fixture.id("emma.friis@nextwork.example"), fixture.id("oliver.jensen@nextwork.example"),
                fixture.id("ali.demir@nextwork.example"), fixture.id("youth@nextwork.example"));
        Set<SignalKind> found = fixture.signals.open(coordinator, people).values().stream().flatMap(List::stream)
                .map(Signal::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(SignalKind.class)));
        assertEquals(EnumSet.allOf(SignalKind.class), found);
    }
}
