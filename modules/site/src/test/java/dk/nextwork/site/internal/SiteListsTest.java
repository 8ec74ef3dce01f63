package dk.nextwork.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.platform.lightmodule.internal.LightModuleRegistry;

/** Which page lists which content comes from the content types' definitions, not from the site's code. */
class SiteListsTest {

    @Test
    void theSitesListsAreThoseItsContentTypesDeclare() {
        try (LightModuleRegistry definitions = LightModuleRegistry.watching(Path.of("../../light-modules"), noJars())) {
            SiteLists lists = SiteLists.of(definitions);
            assertEquals(Map.of("partners", "/partners", "personas", "/profiles"), lists.trees());
            assertEquals(Optional.of("partner"), lists.itemTemplate("/partners"));
            assertEquals(Optional.of("profile"), lists.itemTemplate("/profiles"));
        }
    }

    @Test
    void aLightModuleAddsAListedTypeWithoutJava(@TempDir Path folder) throws Exception {
        Path types = Files.createDirectories(folder.resolve("stories/contentTypes"));
        Files.writeString(folder.resolve("stories/module.yaml"), "name: stories\nversion: 1.0.0\n");
        Files.writeString(types.resolve("story.yaml"), """
                name: story
                storage: /stories
                site: {listTemplate: stories, itemTemplate: story}
                properties:
                  - {name: title, type: string}
                """);
        Files.writeString(types.resolve("broken.yaml"), """
                name: broken
                storage: /broken
                site: {listTemplate: "../pages/x", itemTemplate: story}
                properties:
                  - {name: title, type: string}
                """);
        try (LightModuleRegistry definitions = LightModuleRegistry.watching(folder, noJars())) {
            SiteLists lists = SiteLists.of(definitions);
            assertEquals(Optional.of("/stories"), lists.tree("stories"));
            assertEquals(Optional.of("story"), lists.itemTemplate("/stories"));
            assertTrue(definitions.problems().stream().anyMatch(problem -> problem.toString().contains("broken.yaml")),
                    "a template name that is not one is told where it is: " + definitions.problems());
        }
    }

    private static ClassLoader noJars() {
        return new URLClassLoader(new URL[0], null);
    }
}
