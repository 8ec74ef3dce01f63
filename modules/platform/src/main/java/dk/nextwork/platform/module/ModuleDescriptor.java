package dk.nextwork.platform.module;

import java.util.List;
import java.util.Optional;

/**
 * What a Java module says about itself in {@code META-INF/nextwork/module.yaml}.
 *
 * @param trees       the top-level repository trees the module owns (such as {@code /program})
 * @param publicTrees repository trees (such as {@code /dam}) whose content the public sees, beside
 *                    the content types' storage: a change in them may change public answers
 * @param source      where the descriptor was read from, for messages
 */
public record ModuleDescriptor(String name, Version version, String description, List<String> dependsOn,
                               Optional<String> versionHandler, List<ModuleTree> trees, List<String> publicTrees,
                               String source) {

    /** Where a jar carries its module's descriptor: a jar that has it is one of the portal's modules, whatever its name. */
    public static final String RESOURCE = "META-INF/nextwork/module.yaml";

    public ModuleDescriptor {
        dependsOn = List.copyOf(dependsOn);
        trees = List.copyOf(trees);
        publicTrees = List.copyOf(publicTrees);
    }

    public ModuleDescriptor(String name, Version version, String description, List<String> dependsOn,
                            Optional<String> versionHandler, String source) {
        this(name, version, description, dependsOn, versionHandler, List.of(), List.of(), source);
    }
}
