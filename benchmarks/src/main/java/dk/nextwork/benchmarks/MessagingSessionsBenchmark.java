package dk.nextwork.benchmarks;

import java.io.IOException;
import java.net.CookieManager;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a connected member costs the portal's heap: the packaged portal in its own process, and
 * clients that sign in as the demo young person and open the messages view the way a browser does
 * (Vaadin's init request, then its navigation event), so each holds an HTTP session, a Vaadin
 * session, a UI with the conversation and its follower of the channel. The live heap (after a full
 * collection, {@code jcmd GC.class_histogram}) is read after a warm-up and after {@code
 * bench.sessions} more members, three times over, and the growth per member printed.
 */
public final class MessagingSessionsBenchmark {

    private static final int WARM_UP = 20;
    private static final int ROUNDS = 3;
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

    private MessagingSessionsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = Integer.getInteger("bench.sessions", 200);
        Path home = Files.createTempDirectory("nextwork-sessions");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", System.getProperty("nextwork.portal.jar"))
                .redirectErrorStream(true).redirectOutput(home.resolve("portal.log").toFile());
        builder.environment().put("NEXTWORK_HOME", home.resolve("portal").toString());
        builder.environment().put("PORT", Integer.toString(port));
        Process portal = builder.start();
        String base = "http://localhost:" + port;
        List<HttpClient> members = new ArrayList<>(); // kept, so that no session is given up while measuring
        try {
            awaitReady(portal, base, home);
            System.out.printf("NExTWORK messaging sessions (%d cores, Java %s), members opening /app/messages%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            for (int i = 0; i < WARM_UP; i++) {
                members.add(member(base));
            }
            for (int round = 1; round <= ROUNDS; round++) {
                long before = liveHeap(portal.pid());
                long started = System.nanoTime();
                for (int i = 0; i < sessions; i++) {
                    members.add(member(base));
                }
                long opening = (System.nanoTime() - started) / 1_000_000 / sessions;
                long after = liveHeap(portal.pid());
                System.out.printf("round %d: %d members -> %d; live heap %,d KB -> %,d KB; %,d KB per member"
                                + " (%d ms to sign in and open the view)%n", round, members.size() - sessions,
                        members.size(), before / 1024, after / 1024, (after - before) / sessions / 1024, opening);
            }
        } finally {
            portal.destroy();
            if (!portal.waitFor(30, TimeUnit.SECONDS)) {
                portal.destroyForcibly();
            }
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** A new browser-like client, signed in, with the messages view open on its group's conversation. */
    private static HttpClient member(String base) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signedIn = send(http, HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"youth@nextwork.example\",\"password\":\"demo-ung-2026\"}")));
        require(signedIn.statusCode() == 200, "sign-in answered " + signedIn.statusCode());
        send(http, HttpRequest.newBuilder(URI.create(base + "/app/messages")).GET());
        String init = send(http, HttpRequest.newBuilder(URI.create(base
                + "/app/?v-r=init&location=messages&query=&v-wn=bench")).GET()).body();
        Matcher key = SECURITY_KEY.matcher(init);
        Matcher ui = UI_ID.matcher(init);
        require(key.find() && ui.find(), "Vaadin's init answered without a UI: " + abbreviated(init));
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"messages\",\"query\":\"\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        String view = send(http, HttpRequest.newBuilder(URI.create(base + "/app/?v-r=uidl&v-uiId=" + ui.group(1)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(navigate))).body();
        require(view.contains("Tirsdagsgruppen") && view.contains("message-list"),
                "the messages view did not open: " + abbreviated(view));
        return http;
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The bytes of live objects in the portal's heap, after the full collection the histogram makes. */
    private static long liveHeap(long pid) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String histogram = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        Matcher total = TOTAL.matcher(histogram);
        require(total.find(), "jcmd gave no total: " + abbreviated(histogram));
        return Long.parseLong(total.group(1));
    }

    private static void awaitReady(Process portal, String base, Path home) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (true) {
            require(portal.isAlive(), "the portal ended:\n" + Files.readString(home.resolve("portal.log")));
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling
            }
            Thread.sleep(50);
        }
    }

    private static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + " …";
    }
}
