package dk.nextwork.reporting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.identity.Caller;
import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.platform.testing.DemoRepository;

/**
 * A report the service said was saved is there after a crash: reports are filed from several
 * threads while the process is killed ({@code kill -9}) at a random moment; after a restart
 * every report whose submission had returned is found, submitted.
 */
@ExtendWith(DemoRepository.Parameter.class)
class ReportsSurviveAKillTest {

    @TempDir
    Path workspace;

    @Test
    void everyReportWhoseSaveReturnedIsThereAfterTheProcessIsKilled(DemoRepository demo) throws Exception {
        Path home = workspace.resolve("var");
        demo.copyInto(home);
        String lightModules = Path.of("../../light-modules").toAbsolutePath().normalize().toString();
        Path output = workspace.resolve("writer.log");
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), ReportWritingProcess.class.getName(),
                home.toString(), lightModules)
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            await("the writer's ready line").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                    .failFast(() -> assertTrue(writer.isAlive(), Files.readString(output)))
                    .until(() -> Files.readString(output), log -> log.contains("ready\n"));
            // a random moment while the writers are busy (all reports take several seconds), once enough
            // saves were acknowledged to prove anything even on a slow machine
            await("twenty acknowledged saves").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> Files.readString(output).lines().filter(line -> line.startsWith("saved ")).count() >= 20);
            Thread.sleep(ThreadLocalRandom.current().nextLong(0, 1_000));
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        } finally {
            writer.destroyForcibly();
        }
        String log = Files.readString(output);
        assertTrue(!log.contains("done"), "killed before the writers finished; make the work longer:\n" + log);
        List<String[]> saved = log.lines().filter(line -> line.startsWith("saved ")).map(line -> line.split(" ")).toList();
        assertTrue(saved.size() >= 20, "enough reports were acknowledged to prove anything: " + saved.size() + "\n" + log);
        assertTrue(log.lines().noneMatch(line -> line.startsWith("failed ")), log);

        try (Platform restarted = Platform.start(PortalConfiguration.load(Map.of("NEXTWORK_HOME", home.toString(),
                "NEXTWORK_LIGHT_MODULES", lightModules), home), getClass().getClassLoader())) {
            ReportingFixture fixture = new ReportingFixture(restarted, Clock.systemUTC());
            int missing = 0;
            StringBuilder lost = new StringBuilder();
            for (String[] report : saved) {
                if (!isSubmitted(fixture, report[1], LocalDate.parse(report[2]))) {
                    missing++;
                    lost.append(report[1]).append(' ').append(report[2]).append('\n');
                }
            }
            System.out.println(saved.size() + " reports acknowledged before the kill, all found after the restart");
            assertEquals(0, missing, missing + " of " + saved.size() + " acknowledged reports were lost:\n" + lost);
        }
    }

    /** Whether the report is there as submitted; a refusal (its placement or account gone too) counts as lost. */
    private static boolean isSubmitted(ReportingFixture fixture, String person, LocalDate week) {
        try {
            Report found = fixture.reports.open(new Caller(ReportingFixture.representative(ReportWritingProcess.COMPANY), "crash-test"), person,
                    Instrument.WEEKLY_REPORT, new Period(Cadence.WEEKLY, week));
            return found.status() == Report.Status.SUBMITTED && found.ratings().equals(ReportWritingProcess.RATINGS);
        } catch (Exception refusedOrMissing) {
            return false;
        }
    }
}
