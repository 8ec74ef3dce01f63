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
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import javax.jcr.Node;

import dk.nextwork.platform.repository.internal.OakRepository;

/**
 * Delivery API and rendered site pages against 10,000 partner items, side by side with the same
 * JSON and HTML served as static files by the same Jetty: throughput and latency of repeated
 * (cached) requests, and of pages rendered afresh.
 */
public final class DeliveryBenchmark {

    private static final int PARTNERS = 10_000;
    private static final int CLIENTS = 4;
    private static final Duration SERVER_WARM_UP = Duration.ofSeconds(20);
    private static final Duration WARM_UP = Duration.ofSeconds(2);
    private static final Duration MEASURE = Duration.ofSeconds(5);
    private static final int ROUNDS = 3;
    private static final java.util.concurrent.atomic.AtomicInteger dropped = new java.util.concurrent.atomic.AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private record Figures(double perSecond, double p50Millis, double p99Millis) {
    }

    private DeliveryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Files.createTempDirectory("nextwork-delivery-benchmark");
        Process portal = null;
        try {
            Path home = workspace.resolve("portal");
            Path lightModules = copy(Path.of(System.getProperty("nextwork.light-modules")), workspace.resolve("light-modules"));
            Files.createDirectories(lightModules.resolve("benchmark/webresources"));
            Files.writeString(lightModules.resolve("benchmark/module.yaml"), "description: benchmark baseline files\n");
            writePartners(home.resolve("repository"));

            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", System.getProperty("nextwork.portal.jar"))
                    .redirectErrorStream(true).redirectOutput(workspace.resolve("portal.log").toFile());
            builder.environment().put("NEXTWORK_HOME", home.toString());
            builder.environment().put("NEXTWORK_LIGHT_MODULES", lightModules.toString());
            builder.environment().put("PORT", Integer.toString(port));
            portal = builder.start();
            String base = "http://localhost:" + port;
            awaitReady(portal, base, workspace.resolve("portal.log"));

            String list = "/.rest/delivery/partners/?limit=20&orderBy=name";
            String one = "/.rest/delivery/partners/partner-05000";
            Files.write(lightModules.resolve("benchmark/webresources/list.json"), body(base + list));
            Files.write(lightModules.resolve("benchmark/webresources/one.json"), body(base + one));
            String page = "/samarbejdspartnere/partner-05000";
            Files.write(lightModules.resolve("benchmark/webresources/page.html"), body(base + page));

            System.out.printf("Delivery API, %,d partner items, %d concurrent clients, %d s per figure%n",
                    PARTNERS, CLIENTS, MEASURE.toSeconds());
            System.out.printf("%-40s %10s %9s %9s%n", "request", "req/s", "p50 ms", "p99 ms");
            // A JVM just started runs its code interpreted: warm every path up before any figure counts.
            List<String> all = List.of(base + list, base + one, base + "/.resources/benchmark/webresources/list.json",
                    base + "/.resources/benchmark/webresources/one.json", base + page,
                    base + "/.resources/benchmark/webresources/page.html");
            java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
            hammer(() -> all.get(turn.incrementAndGet() % all.size()), SERVER_WARM_UP, new ArrayList<>());
            Figures[] listPair = alternating("list (API, cached)", base + list,
                    "list (static file)", base + "/.resources/benchmark/webresources/list.json");
            Figures[] onePair = alternating("one item (API, cached)", base + one,
                    "one item (static file)", base + "/.resources/benchmark/webresources/one.json");
            Figures listApi = listPair[0];
            Figures listFile = listPair[1];
            Figures oneApi = onePair[0];
            Figures oneFile = onePair[1];
            Figures firstPage = measureUncached("list, uncached (new query each time)", base, list);
            Figures[] pagePair = alternating("partner page (cached)", base + page,
                    "partner page (static file)", base + "/.resources/benchmark/webresources/page.html");
            Figures pageCached = pagePair[0];
            Figures pageFile = pagePair[1];
            java.util.concurrent.atomic.AtomicInteger partner = new java.util.concurrent.atomic.AtomicInteger();
            Figures pageFresh = run("partner page, rendered afresh each time",
                    () -> base + String.format("/samarbejdspartnere/partner-%05d", partner.incrementAndGet() % PARTNERS));
            System.out.printf("ratio API/static: list %.2f, one item %.2f (target: at least 0.50); uncached list %.0f req/s%n",
                    listApi.perSecond() / listFile.perSecond(), oneApi.perSecond() / oneFile.perSecond(),
                    firstPage.perSecond());
            System.out.printf("ratio page/static: %.2f (target: at least 0.50); fresh render median %.2f ms (target: under 20)%n",
                    pageCached.perSecond() / pageFile.perSecond(), pageFresh.p50Millis());
            System.out.printf("connections lost by the client under load: %d%n", dropped.get());
        } finally {
            if (portal != null) {
                portal.destroy();
                portal.waitFor(30, TimeUnit.SECONDS);
            }
            deleteTree(workspace);
        }
    }

    private static void writePartners(Path store) throws Exception {
        String[] industries = {"Bageri", "Lager og logistik", "Snedker", "Supermarked", "Autoværksted", "Planteskole"};
        String[] places = {"Roskilde", "Himmelev", "Trekroner", "Jyllinge", "Viby Sjælland", "Gundsømagle"};
        try (OakRepository repository = OakRepository.openSegmentStore(store)) {
            repository.withServiceSession(session -> {
                Node partners = session.getRootNode().addNode("partners", "nt:unstructured");
                for (int i = 0; i < PARTNERS; i++) {
                    Node partner = partners.addNode(String.format("partner-%05d", i), "nt:unstructured");
                    partner.setProperty("contentType", "partner");
                    partner.setProperty("published", true);
                    partner.setProperty("name", String.format("Eksempelvirksomhed %05d", i));
                    partner.setProperty("industry", industries[i % industries.length]);
                    partner.setProperty("industry_en", "Industry " + (i % industries.length));
                    partner.setProperty("employees", 1 + (i * 7L) % 400);
                    partner.setProperty("location", places[i % places.length]);
                    partner.setProperty("summary", "En fiktiv virksomhed til målinger, nummer " + i + ".");
                    if ((i + 1) % 1_000 == 0) {
                        session.save();
                    }
                }
                session.save();
                return null;
            });
        }
    }

    private static void awaitReady(Process portal, String base, Path log) throws Exception {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/health/ready")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!portal.isAlive()) {
                throw new IllegalStateException("The portal ended:\n" + Files.readString(log));
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // keep polling
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The portal was not ready in time");
    }

    private static byte[] body(String url) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    /**
     * Two requests measured in turns, three rounds each, so that neither gets the machine's good or
     * bad moments alone; each figure is the round with the median throughput.
     */
    private static Figures[] alternating(String labelA, String urlA, String labelB, String urlB) throws Exception {
        List<Figures> a = new ArrayList<>();
        List<Figures> b = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            a.add(quietly(() -> urlA));
            b.add(quietly(() -> urlB));
        }
        Figures medianA = median(a);
        Figures medianB = median(b);
        print(labelA, medianA);
        print(labelB, medianB);
        return new Figures[] {medianA, medianB};
    }

    private static Figures median(List<Figures> rounds) {
        List<Figures> sorted = new ArrayList<>(rounds);
        sorted.sort(Comparator.comparingDouble(Figures::perSecond));
        return sorted.get(sorted.size() / 2);
    }

    /** Each request differs (another offset), so every one runs a query: the cache does not help. */
    private static Figures measureUncached(String label, String base, String list) throws Exception {
        java.util.concurrent.atomic.AtomicInteger counter = new java.util.concurrent.atomic.AtomicInteger();
        return run(label, () -> base + list + "&offset=" + (counter.incrementAndGet() % 5_000));
    }

    private static Figures run(String label, java.util.function.Supplier<String> urls) throws Exception {
        Figures figures = quietly(urls);
        print(label, figures);
        return figures;
    }

    private static void print(String label, Figures figures) {
        System.out.printf("%-40s %10.0f %9.2f %9.2f%n", label, figures.perSecond(), figures.p50Millis(),
                figures.p99Millis());
    }

    private static Figures quietly(java.util.function.Supplier<String> urls) throws Exception {
        hammer(urls, WARM_UP, new ArrayList<>());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        hammer(urls, MEASURE, latencies);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Figures(sorted.size() / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    private static void hammer(java.util.function.Supplier<String> urls, Duration duration, List<Long> latencies)
            throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
        for (int c = 0; c < CLIENTS; c++) {
            Thread client = new Thread(() -> {
                while (running.get()) {
                    long begin = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(urls.get())).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("answered " + response.statusCode());
                        }
                        latencies.add(System.nanoTime() - begin);
                    } catch (IOException e) {
                        dropped.incrementAndGet(); // a connection the client lost under load: counted, not fatal
                    } catch (Exception e) {
                        failures.add(e);
                        return;
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        Thread.sleep(duration.toMillis());
        running.set(false);
        for (Thread client : clients) {
            client.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    private static double percentile(List<Long> sorted, double fraction) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * fraction)) / 1e6;
    }

    private static Path copy(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
