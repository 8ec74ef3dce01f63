package dk.nextwork.messaging.internal;

import java.util.List;

import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.Tasks;
import dk.nextwork.platform.module.UpdateStep;
import dk.nextwork.platform.module.VersionHandler;

/**
 * The messages tree (no child order: a channel per group and per young person) and the young
 * people's experiences (1.1.0) and the company network's meetings (1.2.0); in demo mode, the demo's
 * conversations ({@link MessagingDemo}), experiences ({@link JournalDemo}) and network meetings
 * ({@link NetworkDemo}).
 */
public final class MessagingVersionHandler implements VersionHandler {

    private static final Task TREE = Tasks.largeFolders(MessageStore.ROOT);

    private static final Task JOURNAL_TREE = Tasks.largeFolders(JournalStore.ROOT);

    private static final Task NETWORK_TREE = Tasks.trees(NetworkMeetingStore.ROOT);

    private static final Task DEMO = Task.demo("add a conversation in each demo group, in the company network and between Mikkel and Jonas",
            MessagingDemo::add);

    private static final Task JOURNAL_DEMO = Task.demo("add Mikkel's experiences, one of them and one of Noah's on Tirsdagsgruppen's agenda",
            JournalDemo::add);

    private static final Task NETWORK_DEMO = Task.demo("plan the company network's next meeting with Sara's experience on its agenda,"
            + " and keep notes of the last one", NetworkDemo::add);

    @Override
    public List<Task> installTasks() {
        return List.of(TREE, JOURNAL_TREE, NETWORK_TREE, DEMO, JOURNAL_DEMO, NETWORK_DEMO);
    }

    @Override
    public List<UpdateStep> updateSteps() {
        return List.of(UpdateStep.to("1.1.0", JOURNAL_TREE, JOURNAL_DEMO),
                UpdateStep.to("1.2.0", NETWORK_TREE, NETWORK_DEMO));
    }
}
