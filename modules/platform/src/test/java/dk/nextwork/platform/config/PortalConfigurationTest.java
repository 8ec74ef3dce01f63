package dk.nextwork.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.platform.config.PlatformSettings.Mode;
import dk.nextwork.platform.config.PlatformSettings.RepositoryKind;

class PortalConfigurationTest {

    @TempDir
    Path workingDirectory;

    private PortalConfiguration load(Map<String, String> environment) {
        return PortalConfiguration.load(environment, workingDirectory);
    }

    private void writeSettingsFile(String text) throws Exception {
        Path home = workingDirectory.resolve("var");
        Files.createDirectories(home);
        Files.writeString(home.resolve("nextwork.properties"), text);
    }

    @Test
    void withNothingSetTheEmbeddedDemoDefaultsApply() {
        PortalConfiguration configuration = load(Map.of());
        assertEquals(workingDirectory.resolve("var"), configuration.home());
        assertEquals(Mode.DEMO, configuration.get(PlatformSettings.MODE));
        assertEquals(8080, configuration.get(PlatformSettings.PORT));
        assertEquals(RepositoryKind.SEGMENT, configuration.get(PlatformSettings.REPOSITORY));
        assertEquals("default", configuration.sourceOf(PlatformSettings.PORT));
    }

    @Test
    void theDataFolderComesFromNextworkHome() {
        assertEquals(workingDirectory.resolve("data/portal"),
                load(Map.of("NEXTWORK_HOME", "data/portal")).home());
    }

    @Test
    void theEnvironmentWinsOverTheSettingsFile() throws Exception {
        writeSettingsFile("port=9000\nmode=production\n");
        PortalConfiguration configuration = load(Map.of("PORT", "9100"));
        assertEquals(9100, configuration.get(PlatformSettings.PORT));
        assertEquals("environment", configuration.sourceOf(PlatformSettings.PORT));
        assertEquals(Mode.PRODUCTION, configuration.get(PlatformSettings.MODE));
    }

    @Test
    void invalidValuesAreAllReportedNamingSettingAndSource() {
        ConfigurationException error = assertThrows(ConfigurationException.class,
                () -> load(Map.of("PORT", "80a", "NEXTWORK_MODE", "staging")));
        assertEquals(List.of(
                "mode (NEXTWORK_MODE) from environment: 'staging' is not one of: demo, production",
                "port (PORT) from environment: '80a' is not a whole number"), error.problems());
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        ConfigurationException error = assertThrows(ConfigurationException.class, () -> load(Map.of("PORT", "70000")));
        assertEquals(List.of("port (PORT) from environment: 70000 is outside 1-65535"), error.problems());
        assertEquals("Invalid portal configuration:\n  - port (PORT) from environment: 70000 is outside 1-65535",
                error.getMessage(), "no product declared here: the neutral word");
    }

    @Test
    void anUnknownKeyInTheSettingsFileIsRefused() throws Exception {
        writeSettingsFile("prot=9000\n");
        ConfigurationException error = assertThrows(ConfigurationException.class, () -> load(Map.of()));
        assertEquals(1, error.problems().size());
        String problem = error.problems().get(0);
        assertEquals(workingDirectory.resolve("var/nextwork.properties") + ": unknown setting 'prot' (known: "
                + "behind-proxy, cluster.id, db.password, db.url, db.user, light-modules, mode, port, public.url, repository)", problem);
    }

    @Test
    void aMistypedNextworkVariableIsRefused() {
        ConfigurationException error = assertThrows(ConfigurationException.class,
                () -> load(Map.of("NEXTWORK_MOED", "demo", "PATH", "/usr/bin")));
        assertEquals(1, error.problems().size());
        assertEquals(true, error.problems().get(0).startsWith("environment: unknown variable NEXTWORK_MOED"));
    }

    @Test
    void thePostgresRepositoryNeedsAUrlAndAUser() {
        ConfigurationException error = assertThrows(ConfigurationException.class,
                () -> load(Map.of("NEXTWORK_REPOSITORY", "postgres")));
        assertEquals(List.of("db.url (NEXTWORK_DB_URL): required when repository is postgres",
                "db.user (NEXTWORK_DB_USER): required when repository is postgres"), error.problems());
    }

    @Test
    void aNonPostgresJdbcUrlIsRefused() {
        ConfigurationException error = assertThrows(ConfigurationException.class, () -> load(Map.of(
                "NEXTWORK_REPOSITORY", "postgres", "NEXTWORK_DB_URL", "jdbc:mysql://db/x", "NEXTWORK_DB_USER", "n")));
        assertEquals(List.of("db.url (NEXTWORK_DB_URL) from environment: 'jdbc:mysql://db/x' is not a PostgreSQL "
                + "JDBC URL (jdbc:postgresql://host:port/database)"), error.problems());
    }
}
