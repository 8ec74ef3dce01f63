package dk.nextwork.platform.module;

/**
 * A top-level repository tree a module owns, declared under {@code trees} in its
 * {@code module.yaml}. The module system creates it (with its description) before the module's
 * install or update tasks run, unless it is there.
 *
 * @param path        such as {@code /website}
 * @param description what the tree holds, kept on the tree's node; may be empty
 * @param exportable  administrators may export it as bootstrap YAML ({@code /.rest/export/...}):
 *                    content and configuration, never accounts, audit or other personal data
 */
public record ModuleTree(String path, String description, boolean exportable) {

    /** The tree's node name, such as {@code website}. */
    public String name() {
        return path.substring(1);
    }
}
