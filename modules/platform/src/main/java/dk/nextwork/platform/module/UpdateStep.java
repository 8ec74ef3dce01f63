package dk.nextwork.platform.module;

import java.util.List;

/** The tasks that bring a module from the version before {@code version} up to {@code version}. */
public record UpdateStep(Version version, List<Task> tasks) {

    public UpdateStep {
        tasks = List.copyOf(tasks);
    }

    public static UpdateStep to(String version, Task... tasks) {
        return new UpdateStep(Version.parse(version), List.of(tasks));
    }
}
