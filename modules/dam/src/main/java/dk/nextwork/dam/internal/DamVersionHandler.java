package dk.nextwork.dam.internal;

import java.time.Instant;
import java.util.List;

import dk.nextwork.dam.Assets;
import dk.nextwork.identity.Accounts;
import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.Tasks;
import dk.nextwork.platform.module.VersionHandler;

/** The index by which content that uses an asset is found; in demo mode, a few assets. */
public final class DamVersionHandler implements VersionHandler {

    /** Content is found by the assets it uses. */
    private static final Task USAGE_INDEX = Tasks.propertyIndex("assetReferences", Assets.REFERENCING_PROPERTIES);

    /** A small asset library, uploaded by the demo editor. */
    private static final Task DEMO = Task.demo("add the demo asset library", context -> {
        String editor = Accounts.idOf(context.session(), "editor@nextwork.example").orElse("system");
        Instant uploaded = context.clock().instant();
        Assets.write(context.session(), Assets.newId(), Assets.prepare("netvaerksmoede.png", DemoAssets.meeting(),
                "Tegning af et netværksmøde: otte unge sidder rundt om et bord.",
                "Drawing of a network meeting: eight young people sit around a table."), editor, uploaded);
        Assets.write(context.session(), Assets.newId(), Assets.prepare("vaerkstedet.jpg", DemoAssets.workshop(),
                "Tegning af en værkstedsvæg med værktøj over en arbejdsbænk.",
                "Drawing of a workshop wall with tools above a workbench."), editor, uploaded);
        Assets.write(context.session(), Assets.newId(), Assets.prepare("praktikaftale-eksempel.pdf",
                DemoAssets.agreementExample(), null, null), editor, uploaded);
    });

    @Override
    public List<Task> installTasks() {
        return List.of(USAGE_INDEX, DEMO);
    }
}
