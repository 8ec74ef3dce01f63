package dk.nextwork.platform.content.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.platform.module.ModuleDescriptor;
import dk.nextwork.platform.module.ModuleStartException;
import dk.nextwork.platform.module.internal.ModuleDescriptorReader;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.platform.testing.LightModulesCopy;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.platform.testing.SavesObserved;

class PublicChangeWatchTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform(copyOfTheProjectsLightModules());

    private static Path copyOfTheProjectsLightModules() {
        try {
            Path copy = Files.createTempDirectory("nextwork-light-modules");
            return LightModulesCopy.of(Path.of("../../light-modules").toAbsolutePath().normalize(), copy);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void add(Platform platform, String tree, String name) throws Exception {
        SavesObserved.inSession(platform.repository(), session -> {
            var root = session.nodeExists(tree) ? session.getNode(tree)
                    : session.getRootNode().addNode(tree.substring(1), "nt:unstructured");
            root.addNode(name, "nt:unstructured");
            session.save();
            return null;
        });
    }

    @Test
    void aLightModulesNewContentTypeBringsItsTreeAndOtherTreesStayQuiet() throws Exception {
        Platform platform = running.platform();
        AtomicInteger changes = new AtomicInteger();
        try (AutoCloseable listening = platform.publicChanges().onChange(changes::incrementAndGet)) {
            add(platform, "/events", "before");
            add(platform, "/reports", "a-report");
            assertEquals(0, changes.get(), "neither tree feeds a public answer yet");

            Path folder = platform.configuration().folder(dk.nextwork.platform.config.PlatformSettings.LIGHT_MODULES);
            Files.writeString(folder.resolve("nextwork-site/contentTypes/event.yaml"),
                    "name: event\nstorage: /events\nproperties:\n  - name: title\n    type: string\n");
            await("the new content type's tree is watched").until(() -> platform.publicChanges().trees().contains("/events"));
            int afterDefinitions = changes.get();
            assertTrue(afterDefinitions > 0, "a change of the definitions is a public change too");

            add(platform, "/events", "after");
            assertTrue(changes.get() > afterDefinitions, "a save in the new tree reaches the caches");
            int now = changes.get();
            add(platform, "/reports", "another-report");
            assertEquals(now, changes.get());
        }
    }

    @Test
    void aJavaModuleDeclaresItsPublicTreesInItsDescriptor(@TempDir Path folder) throws Exception {
        Path good = folder.resolve("good.yaml");
        Files.writeString(good, "name: dam\nversion: 1.0.0\npublicTrees: [/dam]\n");
        ModuleDescriptor descriptor = ModuleDescriptorReader.read(good.toUri().toURL());
        assertEquals(List.of("/dam"), descriptor.publicTrees());

        Path bad = folder.resolve("bad.yaml");
        Files.writeString(bad, "name: dam\nversion: 1.0.0\npublicTrees: [dam/assets]\n");
        ModuleStartException refused = assertThrows(ModuleStartException.class,
                () -> ModuleDescriptorReader.read(bad.toUri().toURL()));
        assertTrue(refused.getMessage().endsWith("publicTrees: 'dam/assets' is not a top-level tree such as /dam"),
                refused.getMessage());
        assertEquals(Set.of(), Set.copyOf(ModuleDescriptorReader.read(
                Files.writeString(folder.resolve("none.yaml"), "name: x\nversion: 1.0.0\n").toUri().toURL()).publicTrees()));
    }
}
