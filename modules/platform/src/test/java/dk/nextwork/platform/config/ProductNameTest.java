package dk.nextwork.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product's name comes from the assembly's declaration; without one the platform says "portal". */
class ProductNameTest {

    @TempDir
    Path folder;

    /** A class path of folders, each declaring the given text, and nothing else. */
    private ClassLoader declaring(String... declarations) throws IOException {
        URL[] path = new URL[declarations.length];
        for (int i = 0; i < declarations.length; i++) {
            Path root = folder.resolve("jar" + i);
            Path file = root.resolve(ProductName.DECLARATION);
            Files.createDirectories(file.getParent());
            Files.writeString(file, declarations[i]);
            path[i] = root.toUri().toURL();
        }
        return new URLClassLoader(path, null);
    }

    @Test
    void theDeclaredNameIsTheProductsName() throws Exception {
        assertEquals("Næstværk", ProductName.of(declaring("# the product\nname = Næstværk\n")));
    }

    @Test
    void withoutADeclarationThePlatformCallsItselfPortal() throws Exception {
        assertEquals("portal", ProductName.of(declaring()));
        assertEquals("portal", ProductName.current(), "the platform's own class path declares none");
    }

    @Test
    void theSameNameDeclaredTwiceIsOneName() throws Exception {
        assertEquals("Næstværk", ProductName.of(declaring("name=Næstværk", "name=Næstværk\n")));
    }

    @Test
    void twoDifferentNamesOrNoneInADeclarationAreRefused() throws Exception {
        IllegalStateException two = assertThrows(IllegalStateException.class,
                () -> ProductName.of(declaring("name=Næstværk", "name=Andet")));
        assertTrue(two.getMessage().contains("[Næstværk, Andet]"), two.getMessage());
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> ProductName.of(declaring("title=x")));
        assertTrue(none.getMessage().endsWith("declares no name (name=…)"), none.getMessage());
    }
}
