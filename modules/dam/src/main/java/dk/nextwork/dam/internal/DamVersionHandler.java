package dk.nextwork.dam.internal;

import java.util.List;

import javax.jcr.Node;
import javax.jcr.PropertyType;

import dk.nextwork.dam.Assets;
import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.UpdateStep;
import dk.nextwork.platform.module.VersionHandler;

/** The index by which content that uses an asset is found. */
public final class DamVersionHandler implements VersionHandler {

    private static final Task USAGE_INDEX = Task.of("index content by the assets it uses", context -> {
        Node indexes = context.session().getNode("/oak:index");
        if (!indexes.hasNode("assetReferences")) {
            Node index = indexes.addNode("assetReferences", "oak:QueryIndexDefinition");
            index.setProperty("type", "property");
            index.setProperty("propertyNames", Assets.REFERENCING_PROPERTIES.toArray(String[]::new), PropertyType.NAME);
            index.setProperty("reindex", true);
        }
    });

    @Override
    public List<Task> installTasks() {
        return List.of(USAGE_INDEX);
    }

    @Override
    public List<UpdateStep> updateSteps() {
        return List.of();
    }
}
