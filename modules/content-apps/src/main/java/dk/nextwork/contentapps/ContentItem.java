package dk.nextwork.contentapps;

import java.time.Instant;
import java.util.Optional;

/**
 * A content item as the editors' lists show it.
 *
 * @param title        the item's name in its list, from its draft if it has one
 * @param hasDraft     whether it has changes that are not published
 * @param publishAt    when it is scheduled to be published, if it is
 * @param unpublishAt  when it is scheduled to be taken off the site, if it is
 * @param hasChildren  whether items are below it (sub-pages, components)
 */
public record ContentItem(String path, String name, String typeName, String title, ItemStatus status,
                          boolean hasDraft, Instant modified, Optional<Instant> publishedAt,
                          Optional<Instant> publishAt, Optional<Instant> unpublishAt, boolean hasChildren) {

    /** The path of the item above, or of the tree it is in. */
    public String parentPath() {
        return path.substring(0, path.lastIndexOf('/'));
    }
}
