package dk.nextwork.platform.testing;

import java.io.IOException;
import java.nio.file.Path;

/** A copy of a light-modules folder, for tests that edit definitions or templates without touching the project's. */
public final class LightModulesCopy {

    private LightModulesCopy() {
    }

    /** Copies {@code source} (a folder tree) into {@code target}; returns {@code target}. */
    public static Path of(Path source, Path target) throws IOException {
        return Folders.copy(source, target, file -> false);
    }
}
