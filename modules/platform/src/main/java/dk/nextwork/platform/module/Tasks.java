package dk.nextwork.platform.module;

import java.util.Arrays;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.platform.repository.LargeFolders;

/**
 * The install tasks modules share. Each leaves what is already there as it is, so it may run in
 * an install and again in an update step without changing a repository that has it.
 */
public final class Tasks {

    private static final String FOLDER_TYPE = "nt:unstructured";

    private Tasks() {
    }

    /**
     * An Oak property index {@code /oak:index/<name>} on one property, over the whole repository
     * or only below the given paths. Queries on that property then read only the matching nodes
     * (Oak refuses queries that would read over 100,000). An index of that name is left alone.
     */
    public static Task propertyIndex(String name, String property, String... below) {
        return propertyIndex(name, List.of(property), below);
    }

    /** A property index on several properties: a node is found by a value in any of them. */
    public static Task propertyIndex(String name, List<String> properties, String... below) {
        List<String> names = List.copyOf(properties);
        List<String> paths = List.of(below);
        return Task.of("index " + String.join(", ", names) + (paths.isEmpty() ? "" : " below " + String.join(", ", paths))
                + " (/oak:index/" + name + ")", context -> {
                    Node indexes = context.session().getNode("/oak:index");
                    if (indexes.hasNode(name)) {
                        return;
                    }
                    Node index = indexes.addNode(name, "oak:QueryIndexDefinition");
                    index.setProperty("type", "property");
                    index.setProperty("propertyNames", names.toArray(String[]::new), PropertyType.NAME);
                    if (!paths.isEmpty()) {
                        index.setProperty("includedPaths", paths.toArray(String[]::new));
                    }
                    index.setProperty("reindex", true);
                });
    }

    /** The given trees ({@code nt:unstructured}, in that order) where they are missing; each parent must exist. */
    public static Task trees(String... paths) {
        List<String> all = List.of(paths);
        return Task.of("create " + String.join(", ", all), context -> {
            for (String path : all) {
                create(context.session(), path, FOLDER_TYPE);
            }
        });
    }

    /**
     * Folders for very many children ({@link LargeFolders}): missing ones are created unordered,
     * existing ones made so.
     */
    public static Task largeFolders(String... paths) {
        List<String> all = List.of(paths);
        return Task.of("keep no child order in " + String.join(", ", all), context -> {
            for (String path : all) {
                create(context.session(), path, LargeFolders.TYPE);
            }
            LargeFolders.makeUnordered(context.session(), paths);
        });
    }

    /** Bootstrap YAML from the module's class path, see {@link InstallContext#importBootstrap}. */
    public static Task bootstrap(String resource, String parentPath) {
        return Task.of("import " + resource + " into " + parentPath,
                context -> context.importBootstrap(resource, parentPath));
    }

    private static void create(Session session, String path, String type) throws RepositoryException {
        if (!path.startsWith("/") || path.length() < 2 || Arrays.asList(path.substring(1).split("/")).contains("")) {
            throw new IllegalArgumentException("'" + path + "' is not an absolute path such as /system/accounts");
        }
        if (session.nodeExists(path)) {
            return;
        }
        int slash = path.lastIndexOf('/');
        Node parent = slash == 0 ? session.getRootNode() : session.getNode(path.substring(0, slash));
        parent.addNode(path.substring(slash + 1), type);
    }
}
