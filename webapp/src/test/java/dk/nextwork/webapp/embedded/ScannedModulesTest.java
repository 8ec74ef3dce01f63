package dk.nextwork.webapp.embedded;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.platform.module.ModuleDescriptor;

/** A module is scanned for routes and servlets because it is a module, not because of its jar's name. */
class ScannedModulesTest {

    @Test
    void everyJarWithAModuleDescriptorIsScannedWhateverItsName(@TempDir Path folder) throws IOException {
        Path module = jar(folder.resolve("roskilde-matching-1.0.jar"), ModuleDescriptor.RESOURCE);
        Path library = jar(folder.resolve("some-library-2.3.jar"), "META-INF/MANIFEST.MF");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {module.toUri().toURL(), library.toUri().toURL()}, null)) {
            String pattern = PortalServer.scannedClassPath(loader);
            assertTrue(module.toUri().toString().matches(pattern), pattern);
            assertFalse(library.toUri().toString().matches(pattern), "a library without a descriptor is not scanned");
            assertTrue("file:/opt/lib/flow-server-24.9.5.jar".matches(pattern), "Vaadin's own jars are");
        }
    }

    private static Path jar(Path file, String entry) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new ZipEntry(entry));
            jar.write("name: example\n".getBytes());
            jar.closeEntry();
        }
        return file;
    }
}
