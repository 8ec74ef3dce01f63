package dk.nextwork.platform.module;

import java.util.List;

/**
 * A module's install and update tasks. On first start the install tasks run (they create the
 * module's current state directly); on later starts each update step newer than the recorded
 * version runs, oldest first. Each runs exactly once. Implementations need a public no-argument
 * constructor and are named in the module descriptor as {@code versionHandler}.
 */
public interface VersionHandler {

    default List<Task> installTasks() {
        return List.of();
    }

    default List<UpdateStep> updateSteps() {
        return List.of();
    }
}
