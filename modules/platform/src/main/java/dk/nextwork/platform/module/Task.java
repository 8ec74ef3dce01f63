package dk.nextwork.platform.module;

/**
 * One step of a module's install or update. Tasks change the repository through
 * {@link InstallContext#session()} but never save: the module system saves all tasks of a
 * version step together with the new version, or nothing when one of them fails.
 */
public interface Task {

    /** Says what the task does, for the log and for error messages. */
    String description();

    void execute(InstallContext context) throws Exception;

    static Task of(String description, TaskBody body) {
        return new Task() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void execute(InstallContext context) throws Exception {
                body.execute(context);
            }
        };
    }

    @FunctionalInterface
    interface TaskBody {
        void execute(InstallContext context) throws Exception;
    }
}
