package dk.nextwork.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.platform.config.ProductName;

/** The plain error page carries the product's declared name, and the neutral word without one. */
class ErrorAnswersTest {

    @TempDir
    Path root;

    private static String page(ErrorAnswers.Answer answer) {
        assertEquals("text/html; charset=utf-8", answer.contentType());
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theErrorPageIsTitledWithTheDeclaredProductName() throws Exception {
        Path declaration = root.resolve(ProductName.DECLARATION);
        Files.createDirectories(declaration.getParent());
        Files.writeString(declaration, "name=Fjordværk & Co\n");
        String product;
        try (URLClassLoader assembly = new URLClassLoader(new java.net.URL[] {root.toUri().toURL()}, null)) {
            product = ProductName.of(assembly);
        }
        String html = page(ErrorAnswers.of(404, "/findes-ikke", "da", "", null, product));
        assertTrue(html.contains("<title>Siden findes ikke · Fjordværk &amp; Co</title>"), html);
        assertTrue(!html.contains("NExTWORK"), html);
    }

    @Test
    void withoutADeclarationThePageSaysPortal() {
        String html = page(ErrorAnswers.of(500, "/en/x", null, "", "ABCD2345"));
        assertTrue(html.contains("<title>Something went wrong · portal</title>"), html);
        assertTrue(html.contains("Error reference: ABCD2345"), html);
    }
}
