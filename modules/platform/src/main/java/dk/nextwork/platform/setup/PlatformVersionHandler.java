package dk.nextwork.platform.setup;

import java.util.List;

import javax.jcr.Node;
import javax.jcr.PropertyType;

import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.UpdateStep;
import dk.nextwork.platform.module.VersionHandler;

/** The repository's top-level trees and the indexes every content query relies on. */
public final class PlatformVersionHandler implements VersionHandler {

    private static final Task TREES = Task.of("create the top-level content trees",
            context -> context.importBootstrap("nextwork/bootstrap/platform/trees.yaml", "/"));

    /** Oak refuses queries that would read over 100,000 nodes; content is found by its type. */
    private static final Task CONTENT_TYPE_INDEX = Task.of("index content by content type", context -> {
        Node indexes = context.session().getNode("/oak:index");
        if (!indexes.hasNode(ContentType.TYPE_PROPERTY)) {
            Node index = indexes.addNode(ContentType.TYPE_PROPERTY, "oak:QueryIndexDefinition");
            index.setProperty("type", "property");
            index.setProperty("propertyNames", new String[] {ContentType.TYPE_PROPERTY}, PropertyType.NAME);
            index.setProperty("reindex", true);
        }
    });

    @Override
    public List<Task> installTasks() {
        return List.of(TREES, CONTENT_TYPE_INDEX);
    }

    @Override
    public List<UpdateStep> updateSteps() {
        return List.of(UpdateStep.to("1.1.0", CONTENT_TYPE_INDEX));
    }
}
