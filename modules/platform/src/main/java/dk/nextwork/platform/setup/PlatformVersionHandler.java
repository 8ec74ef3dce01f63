package dk.nextwork.platform.setup;

import java.util.List;

import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.Tasks;
import dk.nextwork.platform.module.UpdateStep;
import dk.nextwork.platform.module.VersionHandler;

/**
 * The index every content query relies on. The platform's trees ({@code /config},
 * {@code /system}) are declared in its {@code module.yaml}; each module declares its own.
 */
public final class PlatformVersionHandler implements VersionHandler {

    /** Oak refuses queries that would read over 100,000 nodes; content is found by its type. */
    private static final Task CONTENT_TYPE_INDEX = Tasks.propertyIndex(ContentType.TYPE_PROPERTY, ContentType.TYPE_PROPERTY);

    @Override
    public List<Task> installTasks() {
        return List.of(CONTENT_TYPE_INDEX);
    }

    @Override
    public List<UpdateStep> updateSteps() {
        return List.of(UpdateStep.to("1.1.0", CONTENT_TYPE_INDEX));
    }
}
