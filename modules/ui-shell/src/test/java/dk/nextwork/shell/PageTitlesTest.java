package dk.nextwork.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageTitlesTest {

    /** The shell's tests declare no product (the web application declares it), so the neutral word follows the page. */
    @Test
    void aTitleIsThePageThenTheDeclaredProductName() {
        assertEquals("Konti · portal", PageTitles.of("Konti"));
    }
}
