package dk.nextwork.messaging.internal;

import java.util.List;

import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.Tasks;
import dk.nextwork.platform.module.UpdateStep;
import dk.nextwork.platform.module.VersionHandler;

/** The messages tree (no child order: a channel per group and per young person); in demo mode, the demo's conversations ({@link MessagingDemo}). */
public final class MessagingVersionHandler implements VersionHandler {

    private static final Task TREE = Tasks.largeFolders(MessageStore.ROOT);

    private static final Task DEMO = Task.demo("add a conversation in each demo group, in the company network and between Mikkel and Jonas",
            MessagingDemo::add);

    @Override
    public List<Task> installTasks() {
        return List.of(TREE, DEMO);
    }

    @Override
    public List<UpdateStep> updateSteps() {
        return List.of();
    }
}
