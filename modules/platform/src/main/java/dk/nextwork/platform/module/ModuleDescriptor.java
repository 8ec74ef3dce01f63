package dk.nextwork.platform.module;

import java.util.List;
import java.util.Optional;

/**
 * What a Java module says about itself in {@code META-INF/nextwork/module.yaml}.
 *
 * @param source where the descriptor was read from, for messages
 */
public record ModuleDescriptor(String name, Version version, String description, List<String> dependsOn,
                               Optional<String> versionHandler, String source) {

    public ModuleDescriptor {
        dependsOn = List.copyOf(dependsOn);
    }
}
