package dk.nextwork.platform.lightmodule.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.platform.content.PropertyDefinition;
import dk.nextwork.platform.lightmodule.DefinitionProblem;

class LightModuleRegistryTest {

    @TempDir
    Path folder;

    private static final String PARTNER = """
            name: partner
            storage: /partners
            properties:
              - name: name
                type: string
                required: true
              - name: employees
                type: long
                range: {min: 1, max: 100000}
            """;

    private Path write(String relative, String text) throws Exception {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        // a later modification time than before, whatever the file system's clock granularity
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(Files.exists(file) ? 1 : 0)));
        return file;
    }

    private LightModuleRegistry registryWithSite() throws Exception {
        write("site/module.yaml", "version: 1.0.0\n");
        write("site/contentTypes/partner.yaml", PARTNER);
        write("site/restEndpoints/delivery/partners.yaml", "rootPath: /partners\ncontentTypes: [partner]\n");
        LightModuleRegistry registry = LightModuleRegistry.watching(folder);
        registry.close(); // the tests call rescan() themselves
        return registry;
    }

    @Test
    void readsModulesContentTypesAndEndpoints() throws Exception {
        LightModuleRegistry registry = registryWithSite();
        assertEquals(List.of("site"), List.copyOf(registry.modules()));
        assertEquals("/partners", registry.contentType("partner").orElseThrow().storage());
        assertEquals(List.of("name", "employees"), registry.contentType("partner").orElseThrow().properties()
                .stream().map(PropertyDefinition::name).toList());
        assertEquals(List.of("partner"), registry.endpoint("partners").orElseThrow().contentTypes());
        assertEquals(List.of(), registry.problems());
    }

    @Test
    void anEditIsPickedUpOnTheNextScan() throws Exception {
        LightModuleRegistry registry = registryWithSite();
        long before = registry.generation();
        write("site/contentTypes/partner.yaml", PARTNER + "  - name: location\n    type: string\n");
        assertTrue(registry.rescan());
        assertTrue(registry.contentType("partner").orElseThrow().property("location").isPresent());
        assertTrue(registry.generation() > before);
        assertFalse(registry.rescan(), "nothing changed since");
    }

    @Test
    void aBrokenFileIsReportedWithItsLineAndThePreviousDefinitionKeepsServing() throws Exception {
        LightModuleRegistry registry = registryWithSite();
        write("site/contentTypes/partner.yaml", PARTNER + "  - name: founded\n    type: year\n");
        registry.rescan();

        assertEquals(List.of(new DefinitionProblem("%s/site/contentTypes/partner.yaml".formatted(folder.getFileName()),
                11, "unknown type 'year' (known: string, text, richtext, boolean, long, double, date, link, asset)")),
                registry.problems());
        assertTrue(registry.contentType("partner").orElseThrow().property("employees").isPresent());
        assertFalse(registry.contentType("partner").orElseThrow().property("founded").isPresent());
        assertTrue(registry.endpoint("partners").isPresent(), "the endpoint still serves");

        write("site/contentTypes/partner.yaml", PARTNER);
        registry.rescan();
        assertEquals(List.of(), registry.problems());
    }

    @Test
    void invalidYamlNamesTheLine() throws Exception {
        LightModuleRegistry registry = registryWithSite();
        write("site/contentTypes/profile.yaml", "name: profile\nstorage: /profiles\nproperties: [\n  - name: x\n");
        registry.rescan();
        DefinitionProblem problem = registry.problems().get(0);
        assertTrue(problem.file().endsWith("site/contentTypes/profile.yaml"), problem.toString());
        assertTrue(problem.line() >= 3, problem.toString());
        assertTrue(problem.reason().startsWith("not valid YAML"), problem.toString());
    }

    @Test
    void aDeletedDefinitionDisappearsAndAnEndpointWithoutItsTypeIsNotServed() throws Exception {
        LightModuleRegistry registry = registryWithSite();
        Files.delete(folder.resolve("site/contentTypes/partner.yaml"));
        registry.rescan();
        assertTrue(registry.contentType("partner").isEmpty());
        assertTrue(registry.endpoint("partners").isEmpty());
        assertEquals("content type 'partner' is not defined; the endpoint is not served",
                registry.problems().get(0).reason());
    }

    @Test
    void unknownKeysAndBadLimitsAreRefused() throws Exception {
        LightModuleRegistry registry = registryWithSite();
        write("site/restEndpoints/delivery/people.yaml",
                "rootPath: /partners\ncontentTypes: [partner]\nlimit: {max: 100000}\n");
        write("site/contentTypes/typo.yaml", "name: typo\nstorage: /x\nproprties: []\n");
        registry.rescan();
        assertEquals(List.of(
                "limit.max must be between 1 and 1000",
                "unknown key 'proprties' in a content type (known: label, name, properties, site, storage)"),
                registry.problems().stream().map(DefinitionProblem::reason).sorted().toList());
        assertTrue(registry.endpoint("people").isEmpty());
    }

    /** A jar with a light module in it, as a Java module ships one. */
    private Path jarShipping(String contentType) throws Exception {
        Path jar = folder.resolveSibling(folder.getFileName() + "-module.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            for (String directory : List.of("nextwork/", "nextwork/light-modules/")) { // as Maven writes jars
                out.putNextEntry(new java.util.jar.JarEntry(directory));
                out.closeEntry();
            }
            for (var entry : java.util.Map.of(
                    "nextwork/light-modules/shipped/module.yaml", "description: shipped in a jar\n",
                    "nextwork/light-modules/shipped/contentTypes/note.yaml", contentType,
                    "nextwork/light-modules/shipped/restEndpoints/delivery/notes.yaml",
                    "rootPath: /config\ncontentTypes: [note]\n").entrySet()) {
                out.putNextEntry(new java.util.jar.JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void aJavaModulesJarShipsLightModulesAndTheFolderOverridesThem() throws Exception {
        Path jar = jarShipping("storage: /config\nproperties:\n  - name: text\n    type: text\n");
        write("site/module.yaml", "version: 1.0.0\n");
        try (var classLoader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null);
             LightModuleRegistry registry = LightModuleRegistry.watching(folder, classLoader)) {
            assertEquals(List.of("shipped", "site"), List.copyOf(registry.modules()));
            assertEquals("classpath:nextwork/light-modules/shipped/contentTypes/note.yaml",
                    registry.contentType("note").orElseThrow().source());
            assertTrue(registry.endpoint("notes").isPresent());

            write("shipped/module.yaml", "description: overridden on disk\n");
            write("shipped/contentTypes/note.yaml", "storage: /config\nproperties:\n  - name: title\n    type: string\n");
            registry.rescan();
            assertEquals(folder.getFileName() + "/shipped/contentTypes/note.yaml",
                    registry.contentType("note").orElseThrow().source());
            assertTrue(registry.contentType("note").orElseThrow().property("title").isPresent());
            assertEquals(List.of(), registry.problems());
        }
    }

    @Test
    void aModulesFilesComeFromTheFolderWhereItHasThemAndOtherwiseFromTheJar() throws Exception {
        Path jar = jarShipping("storage: /config\nproperties:\n  - name: text\n    type: text\n");
        try (var classLoader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null);
             LightModuleRegistry registry = LightModuleRegistry.watching(folder, classLoader);
             LightModuleRegistry another = LightModuleRegistry.watching(folder, classLoader)) {
            assertEquals("description: shipped in a jar\n",
                    Files.readString(registry.file("shipped", "module.yaml").orElseThrow()));
            assertTrue(registry.file("shipped", "templates/missing.ftl").isEmpty());

            write("shipped/module.yaml", "description: on disk\n");
            write("shipped/templates/pages/home.ftl", "<h1>on disk</h1>\n");
            assertEquals("<h1>on disk</h1>\n",
                    Files.readString(registry.file("shipped", "templates/pages/home.ftl").orElseThrow()));
            assertTrue(registry.file("shipped", "contentTypes/note.yaml").orElseThrow().toUri().getScheme().equals("jar"),
                    "a file the folder lacks still comes from the jar");

            another.close();
            assertTrue(registry.file("shipped", "contentTypes/note.yaml").isPresent(),
                    "closing another registry leaves this one's jar open");
        }
    }

    @Test
    void noFileOutsideALightModuleCanBeReached() throws Exception {
        write("site/module.yaml", "version: 1.0.0\n");
        write("site/webresources/site.css", "body { margin: 0 }\n");
        write("secret.txt", "not for the web\n");
        write("nomodule/webresources/site.css", "a folder without module.yaml is not a module\n");
        try (LightModuleRegistry registry = LightModuleRegistry.watching(folder)) {
            assertTrue(registry.file("site", "webresources/site.css").isPresent());
            for (String path : List.of("../secret.txt", "webresources/../../secret.txt", "/etc/passwd", "",
                    "webresources//site.css", "webresources/%2e%2e/x")) {
                assertTrue(registry.file("site", path).isEmpty(), path);
            }
            assertTrue(registry.file("..", "secret.txt").isEmpty());
            assertTrue(registry.file("nomodule", "webresources/site.css").isEmpty());
        }
    }

    @Test
    void templatesDialogsBundlesAndWebresourcesAreListedAndBrokenOnesReported() throws Exception {
        LightModuleRegistry registry = registryWithSite();
        write("site/templates/pages/home.ftl", "<h1>${content.title}</h1>\n");
        write("site/i18n/site-messages_da.properties", "nav.home=Forside\nnav.back=Tilbage til \\u00e6\n");
        write("site/i18n/site-messages_en.properties", "nav.home=Home\nnav.back=Back \\u00g6\n");
        write("site/dialogs/page.yaml", "form:\n  - [unclosed\n");
        write("site/webresources/css/site.css", "body { margin: 0 }\n");
        registry.rescan();

        String root = folder.getFileName().toString();
        assertEquals(List.of(root + "/site/i18n/site-messages_da.properties", root + "/site/templates/pages/home.ftl",
                root + "/site/webresources/css/site.css"), registry.resources());
        assertEquals(List.of(root + "/site/dialogs/page.yaml", root + "/site/i18n/site-messages_en.properties:2"),
                registry.problems().stream().map(p -> p.file() + (p.file().endsWith(".properties") ? ":" + p.line() : ""))
                        .toList());
        assertTrue(registry.contentType("partner").isPresent(), "nothing else is affected");
    }
}
