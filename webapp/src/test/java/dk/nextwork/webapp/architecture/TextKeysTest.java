package dk.nextwork.webapp.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text key is written once per text file: a second line with the same key silently replaces
 * the first, and the screen that used the first then says something else.
 */
class TextKeysTest {

    @Test
    void noTextFileNamesAKeyTwice() throws IOException {
        List<Path> files;
        try (Stream<Path> found = Files.walk(Path.of("../modules"))) {
            files = found.filter(path -> path.getParent() != null && path.getParent().getFileName().toString().equals("nextwork-i18n")
                    && path.toString().contains("src" + java.io.File.separator + "main")
                    && path.getFileName().toString().endsWith(".properties")).toList();
        }
        assertFalse(files.isEmpty(), "the modules' text files");
        List<String> twice = new ArrayList<>();
        for (Path file : files) {
            Set<String> keys = new HashSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                    continue;
                }
                String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                if (!keys.add(key)) {
                    twice.add(file + ": " + key);
                }
            }
        }
        assertEquals(List.of(), twice);
    }
}
