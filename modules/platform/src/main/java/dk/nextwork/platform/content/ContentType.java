package dk.nextwork.platform.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of content, declared in a light module's {@code contentTypes/*.yaml}: where its items
 * are stored and what properties they have.
 *
 * @param source the file it was read from
 */
public record ContentType(String name, Map<String, String> label, String storage,
                          List<PropertyDefinition> properties, String source) {

    /** The property a node of this type marks its type with. */
    public static final String TYPE_PROPERTY = "contentType";

    public ContentType {
        label = Map.copyOf(label);
        properties = List.copyOf(properties);
    }

    public Optional<PropertyDefinition> property(String propertyName) {
        return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
    }
}
