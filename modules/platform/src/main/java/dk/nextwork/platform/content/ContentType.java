package dk.nextwork.platform.content;

import dk.nextwork.platform.i18n.Languages;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of content, declared in a light module's {@code contentTypes/*.yaml}: where its items
 * are stored and what properties they have.
 *
 * @param listing how the public site lists its items, if it does
 * @param source  the file it was read from
 */
public record ContentType(String name, Map<String, String> label, String storage,
                          List<PropertyDefinition> properties, Optional<SiteListing> listing, String source) {

    /** The property a node of this type marks its type with. */
    public static final String TYPE_PROPERTY = "contentType";

    public ContentType {
        label = Map.copyOf(label);
        properties = List.copyOf(properties);
    }

    /** A type the public site does not list. */
    public ContentType(String name, Map<String, String> label, String storage, List<PropertyDefinition> properties,
                       String source) {
        this(name, label, storage, properties, Optional.empty(), source);
    }

    /**
     * The property that names an item in lists: {@code title}, {@code name} or {@code heading}
     * if the type has one, else its first string property.
     */
    public Optional<PropertyDefinition> nameProperty() {
        for (String candidate : List.of("title", "name", "heading")) {
            Optional<PropertyDefinition> found = property(candidate).filter(p -> p.type() == PropertyType.STRING);
            if (found.isPresent()) {
                return found;
            }
        }
        return properties.stream().filter(p -> p.type() == PropertyType.STRING && !p.multiple()).findFirst();
    }

    /** The label in a language, else the Danish one, else the name. */
    public String labelIn(String language) {
        return label.getOrDefault(language, label.getOrDefault(Languages.DEFAULT, name));
    }

    public Optional<PropertyDefinition> property(String propertyName) {
        return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
    }
}
