package dk.nextwork.platform.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A private PostgreSQL server for one test class, registered with
 * {@code @RegisterExtension static final PostgresServer postgres = new PostgresServer();}:
 * Debian's binaries, a fresh cluster in a temporary folder, listening on 127.0.0.1 at a free
 * port. PostgreSQL refuses to run as root, so under root it runs as the {@code postgres} user.
 */
public final class PostgresServer implements BeforeAllCallback, AfterAllCallback {

    public static final String USER = "nextwork";

    private final boolean asPostgresUser = "root".equals(System.getProperty("user.name"));
    private Path binaries;
    private Path dataDirectory;
    private int port;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        binaries = findBinaries();
        Path folder = Files.createTempDirectory("nextwork-pg");
        dataDirectory = folder.resolve("data");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        if (asPostgresUser) {
            run(List.of("chown", "-R", "postgres", folder.toString()));
        }
        runAsOwner("initdb", "-D", dataDirectory.toString(), "-U", USER, "-A", "trust", "-E", "UTF8", "--no-sync");
        runAsOwner("pg_ctl", "-D", dataDirectory.toString(), "-w", "-t", "60", "-l", folder.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    private static Path findBinaries() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Path newest = versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                        .max(Comparator.comparing(Path::toString)).orElse(null);
                if (newest != null) {
                    return newest;
                }
            }
        }
        throw new IllegalStateException("PostgreSQL server binaries not found under /usr/lib/postgresql: "
                + "install Debian's postgresql package (.ci/run does)");
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    private void runAsOwner(String program, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(binaries.resolve(program).toString());
        command.addAll(Arrays.asList(arguments));
        run(command);
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", command) + "\n" + output);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (dataDirectory == null) {
            return;
        }
        runAsOwner("pg_ctl", "-D", dataDirectory.toString(), "-m", "fast", "-w", "stop");
        try (Stream<Path> files = Files.walk(dataDirectory.getParent())) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
