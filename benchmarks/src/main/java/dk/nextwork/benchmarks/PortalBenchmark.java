package dk.nextwork.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.jcr.Node;

import dk.nextwork.platform.repository.internal.OakRepository;

/**
 * Prints the figures the README quotes: time from starting the portal process until
 * {@code /health/ready} answers 200 (first start on an empty data folder, then restarts), and
 * the rate of writing then reading back 100,000 small nodes in the embedded store.
 */
public final class PortalBenchmark {

    private static final int RESTARTS = 3;
    private static final int NODES = 100_000;
    private static final int PER_SAVE = 1_000;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private PortalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Files.createTempDirectory("nextwork-benchmark");
        try {
            System.out.printf("NExTWORK benchmark (%d cores, Java %s)%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            startUp(workspace.resolve("portal"));
            nodes(workspace.resolve("store"));
        } finally {
            deleteTree(workspace);
        }
    }

    private static void startUp(Path home) throws Exception {
        List<Long> restarts = new ArrayList<>();
        long first = timeToReady(home);
        System.out.printf("start-up to ready, empty data folder : %,6d ms%n", first);
        for (int i = 0; i < RESTARTS; i++) {
            restarts.add(timeToReady(home));
        }
        System.out.printf("start-up to ready, restart           : %,6d ms (median of %d: %s)%n",
                restarts.stream().sorted().toList().get(RESTARTS / 2), RESTARTS, restarts);
    }

    /** Starts the portal in a new JVM, waits for ready, stops it with SIGTERM; returns ms to ready. */
    private static long timeToReady(Path home) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("nextwork.portal.jar"))
                .redirectErrorStream(true)
                .redirectOutput(home.resolveSibling("portal.log").toFile());
        builder.environment().put("NEXTWORK_HOME", home.toString());
        builder.environment().put("PORT", Integer.toString(port));
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long started = System.nanoTime();
        Process portal = builder.start();
        try {
            while (true) {
                if (!portal.isAlive()) {
                    throw new IllegalStateException("The portal ended with " + portal.exitValue() + ":\n"
                            + Files.readString(home.resolveSibling("portal.log")));
                }
                try {
                    if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return (System.nanoTime() - started) / 1_000_000;
                    }
                } catch (IOException notYetListening) {
                    // keep polling
                }
                Thread.sleep(20);
            }
        } finally {
            portal.destroy();
            if (!portal.waitFor(30, TimeUnit.SECONDS)) {
                portal.destroyForcibly();
            }
        }
    }

    private static void nodes(Path folder) throws Exception {
        try (OakRepository repository = OakRepository.openSegmentStore(folder)) {
            long started = System.nanoTime();
            repository.withServiceSession(session -> {
                Node reports = session.getRootNode().addNode("reports", "nt:unstructured");
                for (int i = 0; i < NODES; i++) {
                    Node youth = i % PER_SAVE == 0 ? reports.addNode("youth-" + (i / PER_SAVE), "nt:unstructured")
                            : reports.getNode("youth-" + (i / PER_SAVE));
                    Node report = youth.addNode("week-" + (i % PER_SAVE), "nt:unstructured");
                    report.setProperty("initiativ", (long) (i % 5) + 1);
                    report.setProperty("comment", "Mødte til tiden og hjalp en kollega");
                    if ((i + 1) % PER_SAVE == 0) {
                        session.save();
                    }
                }
                session.save();
                return null;
            });
            long written = System.nanoTime();
            long sum = repository.withServiceSession(session -> {
                long total = 0;
                for (int i = 0; i < NODES; i++) {
                    total += session.getNode("/reports/youth-" + (i / PER_SAVE) + "/week-" + (i % PER_SAVE))
                            .getProperty("initiativ").getLong();
                }
                return total;
            });
            long read = System.nanoTime();
            if (sum != expectedSum()) {
                throw new IllegalStateException("Read back " + sum + ", expected " + expectedSum());
            }
            System.out.printf("write %,d small nodes, saves of %,d : %,6d ms (%,d nodes/s)%n", NODES, PER_SAVE,
                    (written - started) / 1_000_000, rate(NODES, written - started));
            System.out.printf("read them back by path               : %,6d ms (%,d nodes/s)%n",
                    (read - written) / 1_000_000, rate(NODES, read - written));
        }
        System.out.printf("store size on disk                   : %,6d KB%n", sizeOf(folder) / 1024);
    }

    private static long expectedSum() {
        long sum = 0;
        for (int i = 0; i < NODES; i++) {
            sum += (i % 5) + 1;
        }
        return sum;
    }

    private static long rate(int count, long nanos) {
        return count * 1_000_000_000L / Math.max(nanos, 1);
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
