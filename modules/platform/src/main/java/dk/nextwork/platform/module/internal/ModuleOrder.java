package dk.nextwork.platform.module.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dk.nextwork.platform.module.ModuleDescriptor;
import dk.nextwork.platform.module.ModuleStartException;
import dk.nextwork.platform.module.ModuleTree;

/**
 * Puts modules in dependency order (dependencies first; otherwise by name, so the order is the
 * same on every start). Refuses duplicates, missing dependencies, cycles and a tree that two
 * modules own, naming the modules.
 */
public final class ModuleOrder {

    private ModuleOrder() {
    }

    public static List<ModuleDescriptor> sort(List<ModuleDescriptor> modules) {
        Map<String, ModuleDescriptor> byName = new TreeMap<>();
        for (ModuleDescriptor module : modules) {
            ModuleDescriptor other = byName.putIfAbsent(module.name(), module);
            if (other != null) {
                throw new ModuleStartException("Module '" + module.name() + "' is present twice: "
                        + other.source() + " and " + module.source());
            }
        }
        Map<String, ModuleDescriptor> owners = new TreeMap<>();
        for (ModuleDescriptor module : byName.values()) {
            for (ModuleTree tree : module.trees()) {
                ModuleDescriptor owner = owners.putIfAbsent(tree.path(), module);
                if (owner != null) {
                    throw new ModuleStartException("Modules '" + owner.name() + "' and '" + module.name()
                            + "' both declare the tree " + tree.path() + "; one module owns each tree");
                }
            }
        }
        for (ModuleDescriptor module : byName.values()) {
            for (String dependency : module.dependsOn()) {
                if (!byName.containsKey(dependency)) {
                    throw new ModuleStartException("Module '" + module.name() + "' depends on '" + dependency
                            + "', which is not present (present: " + String.join(", ", byName.keySet()) + ")");
                }
            }
        }
        List<ModuleDescriptor> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (ModuleDescriptor module : byName.values()) {
            visit(module, byName, done, new ArrayList<>(), ordered);
        }
        return ordered;
    }

    private static void visit(ModuleDescriptor module, Map<String, ModuleDescriptor> byName, Set<String> done,
                              List<String> path, List<ModuleDescriptor> ordered) {
        if (done.contains(module.name())) {
            return;
        }
        int seenAt = path.indexOf(module.name());
        if (seenAt >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(seenAt, path.size()));
            cycle.add(module.name());
            throw new ModuleStartException("Modules depend on each other in a cycle: " + String.join(" -> ", cycle));
        }
        path.add(module.name());
        module.dependsOn().stream().sorted()
                .forEach(dependency -> visit(byName.get(dependency), byName, done, path, ordered));
        path.remove(path.size() - 1);
        done.add(module.name());
        ordered.add(module);
    }
}
