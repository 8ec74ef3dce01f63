package dk.nextwork.platform.module;

import java.util.List;

/** The modules this portal started, in start order. */
public interface ModuleRegistry {

    List<InstalledModule> modules();
}
