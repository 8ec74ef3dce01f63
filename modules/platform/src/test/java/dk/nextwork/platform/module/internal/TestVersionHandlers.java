package dk.nextwork.platform.module.internal;

import java.util.List;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.UpdateStep;
import dk.nextwork.platform.module.VersionHandler;

/** Version handlers whose tasks leave a trace in the repository, one node per run. */
public final class TestVersionHandlers {

    static final String TRACE = "/trace";

    private TestVersionHandlers() {
    }

    static Task traced(String label) {
        return Task.of("trace " + label, context -> trace(context.session(), label));
    }

    static void trace(Session session, String label) throws RepositoryException {
        Node trace = session.getRootNode().hasNode("trace")
                ? session.getNode(TRACE) : session.getRootNode().addNode("trace", "nt:unstructured");
        trace.addNode("run-" + trace.getNodes().getSize(), "nt:unstructured").setProperty("label", label);
    }

    public static final class Tracing implements VersionHandler {
        @Override
        public List<Task> installTasks() {
            return List.of(traced("install"));
        }

        @Override
        public List<UpdateStep> updateSteps() {
            return List.of(
                    UpdateStep.to("1.2.0", traced("update 1.2.0")),
                    UpdateStep.to("1.1.0", traced("update 1.1.0a"), traced("update 1.1.0b")),
                    UpdateStep.to("2.0.0", traced("update 2.0.0")));
        }
    }

    /** Install takes long enough for two app nodes starting together to overlap. */
    public static final class SlowInstall implements VersionHandler {
        @Override
        public List<Task> installTasks() {
            return List.of(traced("install"), Task.of("wait", context -> Thread.sleep(1_000)));
        }
    }

    /** Tasks for every mode, demo data, and what only production needs, at install and in an update. */
    public static final class Modes implements VersionHandler {
        @Override
        public List<Task> installTasks() {
            return List.of(traced("install"),
                    Task.demo("add demo data", context -> trace(context.session(), "demo data")),
                    Task.production("add the administrator", context -> trace(context.session(), "administrator")),
                    traced("install end"));
        }

        @Override
        public List<UpdateStep> updateSteps() {
            return List.of(UpdateStep.to("1.1.0", traced("update 1.1.0"),
                    Task.demo("add more demo data", context -> trace(context.session(), "demo data 1.1.0"))));
        }
    }

    /** Traces the moment by the installer's clock, at install and in an update. */
    public static final class Dated implements VersionHandler {
        @Override
        public List<Task> installTasks() {
            return List.of(Task.of("note the time", context -> trace(context.session(), context.clock().instant().toString())));
        }

        @Override
        public List<UpdateStep> updateSteps() {
            return List.of(UpdateStep.to("1.1.0", Task.of("note the time again",
                    context -> trace(context.session(), context.clock().instant().toString()))));
        }
    }

    /** Writes into the tree its module declares, which is there before the first task runs. */
    public static final class WritesIntoItsTree implements VersionHandler {
        @Override
        public List<Task> installTasks() {
            return List.of(traced("install"), Task.of("write a report",
                    context -> context.session().getNode("/reports").addNode("first", "nt:unstructured")));
        }
    }

    public static final class FailingUpdate implements VersionHandler {
        @Override
        public List<Task> installTasks() {
            return List.of(traced("install"));
        }

        @Override
        public List<UpdateStep> updateSteps() {
            return List.of(UpdateStep.to("1.1.0", traced("update 1.1.0"),
                    Task.of("add the reporting index", context -> {
                        throw new IllegalStateException("index definition is invalid");
                    })));
        }
    }
}
