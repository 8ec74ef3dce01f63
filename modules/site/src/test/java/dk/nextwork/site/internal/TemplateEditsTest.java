package dk.nextwork.site.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.dam.Assets;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.platform.testing.LightModulesCopy;
import dk.nextwork.platform.testing.RunningPlatform;

/** Editing the site's light module (a template, a text) shows on the next request, without a restart. */
class TemplateEditsTest {

    /** A copy of the project's light modules, which this test edits. */
    @TempDir
    static Path LIGHT_MODULES;

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform(LIGHT_MODULES);

    @Test
    void anEditedTemplateOrTextReplacesTheCachedPages() throws Exception {
        Platform platform = running.platform();
        SiteRenderer site = new SiteRenderer(platform.repository(), platform.definitions(), platform.publicChanges(),
                new Assets(platform.repository(), new AuditTrail(platform.repository(), running.clock()),
                        running.clock()));
        try {
            Path module = LIGHT_MODULES.resolve(SiteRenderer.MODULE);
            assertTrue(site.render("/indsatsen").html().contains("Spring til indhold"));
            assertTrue(site.render("/indsatsen").html().contains("Spring til indhold"), "now cached");

            Files.writeString(module.resolve("i18n/site_da.properties"), "\nskipLink=Gå til indholdet\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            await().atMost(Duration.ofSeconds(15)).until(() -> site.render("/indsatsen").html().contains("Gå til indholdet"));

            Path article = module.resolve("templates/pages/article.ftl");
            Files.writeString(article, Files.readString(article).replace("<article>", "<article class=\"edited\">"));
            await().atMost(Duration.ofSeconds(15)).until(() -> site.render("/indsatsen").html().contains("<article class=\"edited\">"));
        } finally {
            site.stop();
        }
    }

    @BeforeAll
    static void copyTheLightModules() throws IOException {
        LightModulesCopy.of(Path.of("../../light-modules").toAbsolutePath().normalize(), LIGHT_MODULES);
    }
}
