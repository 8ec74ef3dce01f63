package dk.nextwork.platform.module;

import java.util.List;

/** The modules this portal started, in start order. */
public interface ModuleRegistry {

    List<InstalledModule> modules();

    /** The top-level repository trees the started modules own, in start order. */
    default List<ModuleTree> trees() {
        return modules().stream().flatMap(module -> module.descriptor().trees().stream()).toList();
    }
}
