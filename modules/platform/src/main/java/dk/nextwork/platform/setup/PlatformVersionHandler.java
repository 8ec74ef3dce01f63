package dk.nextwork.platform.setup;

import java.util.List;

import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.VersionHandler;

/** Sets up the repository's top-level trees on first start. */
public final class PlatformVersionHandler implements VersionHandler {

    @Override
    public List<Task> installTasks() {
        return List.of(Task.of("create the top-level content trees",
                context -> context.importBootstrap("nextwork/bootstrap/platform/trees.yaml", "/")));
    }
}
