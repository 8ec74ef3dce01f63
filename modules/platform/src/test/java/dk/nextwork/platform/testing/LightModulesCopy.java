package dk.nextwork.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of a light-modules folder, for tests that edit definitions or templates without touching the project's. */
public final class LightModulesCopy {

    private LightModulesCopy() {
    }

    /** Copies {@code source} (a folder tree) into {@code target}; returns {@code target}. */
    public static Path of(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }
}
