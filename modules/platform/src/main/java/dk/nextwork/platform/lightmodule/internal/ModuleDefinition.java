package dk.nextwork.platform.lightmodule.internal;

import java.util.Map;
import java.util.Set;

/** A light module's {@code module.yaml}: its name (the folder's by default), version and description. */
record ModuleDefinition(String name, String version, String description) {

    private static final Set<String> KEYS = Set.of("name", "version", "description");

    static ModuleDefinition read(String source, String folderName, String text) throws DefinitionException {
        Map<String, YamlTree> root = YamlTree.parse(source, text).mapping("module.yaml", KEYS);
        String name = root.containsKey("name") ? root.get("name").text("name") : folderName;
        if (!DefinitionReader.NAME.matcher(name).matches()) {
            throw new DefinitionException(root.containsKey("name") ? root.get("name").line() : 1,
                    "name '" + name + "' must be letters, digits and dashes, starting with a lower-case letter");
        }
        return new ModuleDefinition(name,
                root.containsKey("version") ? root.get("version").text("version") : "",
                root.containsKey("description") ? root.get("description").text("description") : "");
    }
}
