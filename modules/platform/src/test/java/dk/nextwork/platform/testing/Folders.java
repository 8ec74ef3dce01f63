package dk.nextwork.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Copying and deleting folder trees, as test set-ups do. */
public final class Folders {

    private Folders() {
    }

    /** Copies {@code source} (a folder tree) into {@code target}, leaving out the files {@code leaveOut} accepts. */
    public static Path copy(Path source, Path target, Predicate<Path> leaveOut) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (!leaveOut.test(file)) {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    /** Deletes the folder and everything in it; nothing happens when it does not exist. */
    public static void delete(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
