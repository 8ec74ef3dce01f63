package dk.nextwork.messaging.internal;

import java.util.List;

import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.Tasks;
import dk.nextwork.platform.module.UpdateStep;
import dk.nextwork.platform.module.VersionHandler;

/**
 * The messages tree (no child order: a channel per group and per young person) and the young
 * people's experiences (1.1.0); in demo mode, the demo's conversations ({@link MessagingDemo}) and
 * experiences ({@link JournalDemo}).
 */
public final class MessagingVersionHandler implements VersionHandler {

    private static final Task TREE = Tasks.largeFolders(MessageStore.ROOT);

    private static final Task JOURNAL_TREE = Tasks.largeFolders(JournalStore.ROOT);

    private static final Task DEMO = Task.demo("add a conversation in each demo group, in the company network and between Mikkel and Jonas",
            MessagingDemo::add);

    private static final Task JOURNAL_DEMO = Task.demo("add Mikkel's experiences, one of them and one of Noah's on Tirsdagsgruppen's agenda",
            JournalDemo::add);

    @Override
    public List<Task> installTasks() {
        return List.of(TREE, JOURNAL_TREE, DEMO, JOURNAL_DEMO);
    }

    @Override
    public List<UpdateStep> updateSteps() {
        return List.of(UpdateStep.to("1.1.0", JOURNAL_TREE, JOURNAL_DEMO));
    }
}
