package dk.nextwork.platform.module;

import java.util.Optional;

import dk.nextwork.platform.config.PlatformSettings.Mode;

/**
 * One step of a module's install or update. Tasks change the repository through
 * {@link InstallContext#session()} but never save: the module system saves all tasks of a
 * version step together with the new version, or nothing when one of them fails. The usual tasks
 * (an index, trees, bootstrap content) are in {@link Tasks}.
 */
public interface Task {

    /** Says what the task does, for the log and for error messages. */
    String description();

    void execute(InstallContext context) throws Exception;

    /**
     * The one mode the task belongs to, or empty when it runs in every mode. The module system
     * skips it in the other mode: its version step still counts as done, so the task never runs
     * later, not even when the mode changes.
     */
    default Optional<Mode> onlyIn() {
        return Optional.empty();
    }

    static Task of(String description, TaskBody body) {
        return new DescribedTask(description, body, Optional.empty());
    }

    /** Demo data (accounts, programme, reports): never run in production mode. */
    static Task demo(String description, TaskBody body) {
        return new DescribedTask(description, body, Optional.of(Mode.DEMO));
    }

    /** What only a production install needs, such as the administrator named in the environment. */
    static Task production(String description, TaskBody body) {
        return new DescribedTask(description, body, Optional.of(Mode.PRODUCTION));
    }

    @FunctionalInterface
    interface TaskBody {
        void execute(InstallContext context) throws Exception;
    }

    /** A task given as a description and a body. */
    record DescribedTask(String description, TaskBody body, Optional<Mode> onlyIn) implements Task {

        @Override
        public void execute(InstallContext context) throws Exception {
            body.execute(context);
        }
    }
}
