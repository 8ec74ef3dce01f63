package dk.nextwork.platform.module;

import java.time.Instant;

/** A started module: its descriptor and what the repository records about it. */
public record InstalledModule(ModuleDescriptor descriptor, Version recordedVersion, Instant installed,
                              Instant updated) {
}
