package dk.nextwork.site.internal;

import java.util.List;

import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.VersionHandler;

/** Imports the site's bootstrap content on first start; later starts leave edited content alone. */
public final class SiteVersionHandler implements VersionHandler {

    @Override
    public List<Task> installTasks() {
        return List.of(
                importContent("website.yaml", "/website"),
                importContent("partners.yaml", "/partners"),
                importContent("profiles.yaml", "/profiles"));
    }

    private static Task importContent(String file, String tree) {
        return Task.of("import content/" + file + " into " + tree,
                context -> context.importBootstrap("nextwork/content/" + file, tree));
    }
}
