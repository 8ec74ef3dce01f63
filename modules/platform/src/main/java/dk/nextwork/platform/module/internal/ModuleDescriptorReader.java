package dk.nextwork.platform.module.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import dk.nextwork.platform.module.ModuleDescriptor;
import dk.nextwork.platform.module.ModuleStartException;
import dk.nextwork.platform.module.ModuleTree;
import dk.nextwork.platform.module.Version;

/** Reads every {@code META-INF/nextwork/module.yaml} on a class loader. */
public final class ModuleDescriptorReader {

    public static final String DESCRIPTOR = ModuleDescriptor.RESOURCE;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    private static final Pattern TREE = Pattern.compile("/[a-z][a-z0-9-]{0,62}");
    private static final Set<String> KEYS = Set.of("name", "version", "description", "dependsOn", "versionHandler",
            "trees", "publicTrees");
    private static final Set<String> TREE_KEYS = Set.of("description", "exportable");

    private ModuleDescriptorReader() {
    }

    public static List<ModuleDescriptor> readAll(ClassLoader classLoader) {
        List<ModuleDescriptor> descriptors = new ArrayList<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(DESCRIPTOR))) {
                descriptors.add(read(url));
            }
        } catch (IOException e) {
            throw new ModuleStartException("Cannot list module descriptors: " + e.getMessage(), e);
        }
        return descriptors;
    }

    public static ModuleDescriptor read(URL url) {
        String source = url.toString();
        Object document;
        try (InputStream in = url.openStream()) {
            document = new Load(LoadSettings.builder().setLabel(source).build()).loadFromInputStream(in);
        } catch (IOException | YamlEngineException e) {
            throw new ModuleStartException(source + ": cannot be read: " + e.getMessage(), e);
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new ModuleStartException(source + ": must be a YAML mapping with name and version");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new ModuleStartException(source + ": unknown key '" + key + "' (known: " + KEYS + ")");
            }
        }
        String name = text(map, "name", source);
        if (!NAME.matcher(name).matches()) {
            throw new ModuleStartException(source + ": name '" + name
                    + "' must be lower-case letters, digits and dashes, starting with a letter");
        }
        Version version;
        try {
            version = Version.parse(text(map, "version", source));
        } catch (IllegalArgumentException e) {
            throw new ModuleStartException(source + ": version: " + e.getMessage());
        }
        Object dependsOn = map.get("dependsOn");
        List<String> dependencies = new ArrayList<>();
        if (dependsOn instanceof List<?> list) {
            list.forEach(item -> dependencies.add(String.valueOf(item)));
        } else if (dependsOn != null) {
            throw new ModuleStartException(source + ": dependsOn must be a list of module names");
        }
        List<String> publicTrees = new ArrayList<>();
        Object trees = map.get("publicTrees");
        if (trees instanceof List<?> list) {
            for (Object tree : list) {
                if (!TREE.matcher(String.valueOf(tree)).matches()) {
                    throw new ModuleStartException(source + ": publicTrees: '" + tree
                            + "' is not a top-level tree such as /dam");
                }
                publicTrees.add(String.valueOf(tree));
            }
        } else if (trees != null) {
            throw new ModuleStartException(source + ": publicTrees must be a list of trees such as /dam");
        }
        Object description = map.get("description");
        Object handler = map.get("versionHandler");
        return new ModuleDescriptor(name, version, description == null ? "" : description.toString().trim(),
                dependencies, Optional.ofNullable(handler).map(Object::toString), ownTrees(map.get("trees"), source),
                publicTrees, source);
    }

    /**
     * {@code trees}: a mapping from each top-level tree the module owns to what is known of it,
     * e.g. {@code /website: {description: Page tree of the public site, exportable: true}}.
     */
    private static List<ModuleTree> ownTrees(Object trees, String source) {
        if (trees == null) {
            return List.of();
        }
        if (!(trees instanceof Map<?, ?> map)) {
            throw new ModuleStartException(source + ": trees must map each tree (such as /program) to its description "
                    + "and whether it is exportable");
        }
        List<ModuleTree> owned = new ArrayList<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String path = String.valueOf(entry.getKey());
            if (!TREE.matcher(path).matches()) {
                throw new ModuleStartException(source + ": trees: '" + path + "' is not a top-level tree such as /program");
            }
            Map<?, ?> about = entry.getValue() == null ? Map.of() : entry.getValue() instanceof Map<?, ?> m ? m : null;
            if (about == null) {
                throw new ModuleStartException(source + ": trees: " + path + " must be a mapping with "
                        + "description and exportable (both optional)");
            }
            for (Object key : about.keySet()) {
                if (!TREE_KEYS.contains(String.valueOf(key))) {
                    throw new ModuleStartException(source + ": trees: " + path + ": unknown key '" + key
                            + "' (known: " + TREE_KEYS + ")");
                }
            }
            Object exportable = about.get("exportable");
            if (exportable != null && !(exportable instanceof Boolean)) {
                throw new ModuleStartException(source + ": trees: " + path + ": exportable must be true or false");
            }
            Object description = about.get("description");
            owned.add(new ModuleTree(path, description == null ? "" : description.toString().trim(),
                    Boolean.TRUE.equals(exportable)));
        }
        return owned;
    }

    private static String text(Map<?, ?> map, String key, String source) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new ModuleStartException(source + ": '" + key + "' is required");
        }
        return value.toString().trim();
    }
}
