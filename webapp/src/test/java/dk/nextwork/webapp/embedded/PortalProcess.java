package dk.nextwork.webapp.embedded;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The portal started as its own operating-system process, the way the README's command starts it. */
final class PortalProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final int port;
    final Path log;
    final Process process;

    private PortalProcess(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * The launcher on the test's class path, with its data folder in {@code home}, working in the
     * folder above it (which also gets its log).
     */
    static PortalProcess start(Path home, Map<String, String> environment) throws IOException {
        Map<String, String> withHome = new java.util.HashMap<>(environment);
        withHome.putIfAbsent("NEXTWORK_HOME", home.toString());
        return launch(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()),
                home.getParent(), home.getParent(), withHome);
    }

    /**
     * {@code java -jar nextwork-portal.jar} in a folder holding only the packaged jar and its
     * {@code lib/}, as the container image runs it: no project folder, no light-modules folder
     * (the log is written beside it).
     */
    static PortalProcess startPackaged(Path folder, Map<String, String> environment) throws IOException {
        Path target = Path.of("target").toAbsolutePath();
        Files.createDirectories(folder.resolve("lib"));
        Files.copy(target.resolve("nextwork-portal.jar"), folder.resolve("nextwork-portal.jar"));
        try (var libraries = Files.list(target.resolve("lib"))) {
            for (Path library : libraries.toList()) {
                Files.copy(library, folder.resolve("lib").resolve(library.getFileName()));
            }
        }
        return launch(List.of("-jar", "nextwork-portal.jar"), folder, folder.getParent(), environment);
    }

    /**
     * A test's portal lives for seconds: the quick compiler alone and the simple collector start it
     * in about half the time. The packaged portal itself runs on the JVM's defaults.
     */
    private static final List<String> SHORT_LIVED_JVM = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private static PortalProcess launch(List<String> arguments, Path workingFolder, Path logFolder,
                                        Map<String, String> environment) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(java()));
        command.addAll(SHORT_LIVED_JVM);
        command.addAll(arguments);
        int port = freePort();
        Path log = Files.createTempFile(Files.createDirectories(logFolder), "portal-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .directory(workingFolder.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("NEXTWORK_"));
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().putAll(environment);
        return new PortalProcess(port, log, builder.start());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Waits for the "ready" line; fails with the log if the process ends first or takes too long,
     * and then ends the process (it is not yet in a caller's try-with-resources).
     */
    PortalProcess awaitReady(Duration timeout) throws InterruptedException {
        String ready = "NExTWORK portal is ready at http://localhost:" + port + "/";
        try {
            await("the portal's ready line").atMost(timeout)
                    .failFast(() -> {
                        if (!process.isAlive()) {
                            throw new AssertionError("The portal ended with " + process.exitValue() + ":\n" + output());
                        }
                    })
                    .until(this::output, output -> output.contains(ready));
        } catch (RuntimeException | AssertionError notReady) {
            close();
            throw notReady;
        }
        return this;
    }

    int awaitExit(Duration timeout) throws Exception {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("The portal did not end within " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A client of this portal, signed in as the demo administrator. */
    dk.nextwork.webapp.testing.PortalClient admin() throws Exception {
        return dk.nextwork.webapp.testing.PortalClient.signedInAsAdmin("http://localhost:" + port);
    }

    /** SIGTERM, as an operator's {@code kill} or a container runtime sends it. */
    void terminate() {
        process.destroy();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

}
