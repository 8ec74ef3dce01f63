package dk.nextwork.contentapps;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import dk.nextwork.platform.content.ContentType;

/**
 * An item opened for editing: the values an editor works on (its draft, or else what is
 * published) beside what the public sees, and the revision that a save must still find.
 *
 * @param values      by stored property name (the English value of {@code title} under {@code title_en})
 * @param published   the values the public sees (empty values for an item never published)
 * @param revision    increases with every save, publish, unpublish and restore
 * @param lastEditor  who saved or published last, and when
 */
public record EditableItem(ContentItem item, ContentType type, Map<String, Object> values,
                           Map<String, Object> published, long revision, Optional<String> lastEditor,
                           Optional<Instant> lastEdited) {

    public EditableItem {
        values = Map.copyOf(values);
        published = Map.copyOf(published);
    }
}
