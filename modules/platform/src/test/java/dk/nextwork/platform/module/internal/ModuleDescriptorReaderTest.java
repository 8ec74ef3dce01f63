package dk.nextwork.platform.module.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.platform.module.ModuleDescriptor;
import dk.nextwork.platform.module.ModuleStartException;
import dk.nextwork.platform.module.ModuleTree;

class ModuleDescriptorReaderTest {

    @TempDir
    Path folder;

    private ModuleDescriptor read(String yaml) throws Exception {
        Path file = Files.writeString(folder.resolve("module.yaml"), yaml);
        return ModuleDescriptorReader.read(file.toUri().toURL());
    }

    @Test
    void aModuleDeclaresTheTreesItOwnsInOrderWithDescriptionAndWhetherTheyMayBeExported() throws Exception {
        ModuleDescriptor site = read("""
                name: site
                version: 1.2.0
                trees:
                  /website:
                    description: Page tree of the public site, per site and language
                    exportable: true
                  /partners:
                    description: Partner company pages
                  /cache: {}
                """);
        assertEquals(List.of(
                new ModuleTree("/website", "Page tree of the public site, per site and language", true),
                new ModuleTree("/partners", "Partner company pages", false),
                new ModuleTree("/cache", "", false)), site.trees());
        assertEquals("website", site.trees().get(0).name());
        assertEquals(List.of(), read("name: x\nversion: 1.0.0\n").trees());
    }

    @Test
    void treesThatAreNotTopLevelTreesOrHaveUnknownKeysAreRefused() {
        String start = "name: site\nversion: 1.0.0\n";
        assertRefused(start + "trees:\n  website/pages: {}\n",
                ": trees: 'website/pages' is not a top-level tree such as /program");
        assertRefused(start + "trees: [/website]\n",
                ": trees must map each tree (such as /program) to its description and whether it is exportable");
        assertRefused(start + "trees:\n  /website: Page tree\n",
                ": trees: /website must be a mapping with description and exportable (both optional)");
        assertRefused(start + "trees:\n  /website: {public: true}\n",
                ": trees: /website: unknown key 'public' (known: ");
        assertRefused(start + "trees:\n  /website: {exportable: yes please}\n",
                ": trees: /website: exportable must be true or false");
    }

    private void assertRefused(String yaml, String reason) {
        String message = assertThrows(ModuleStartException.class, () -> read(yaml)).getMessage();
        assertTrue(message.startsWith("file:") && message.contains(reason), "names the file and the reason: " + message);
    }
}
