package dk.nextwork.platform.content;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One property of a content type. A localised property keeps Danish under its name and English
 * under {@code name_en}.
 *
 * @param format  for richtext: {@code markdown} or {@code html}
 * @param target  for links: the content type linked to
 */
public record PropertyDefinition(String name, PropertyType type, boolean localised, boolean required,
                                 boolean multiple, Optional<Integer> maxLength, Optional<Pattern> pattern,
                                 Optional<Double> min, Optional<Double> max, Optional<String> format,
                                 Optional<String> target) {

    public static final String ENGLISH_SUFFIX = "_en";

    /** The stored property name for a language ({@code da} or {@code en}). */
    public String storedName(String language) {
        return localised && "en".equals(language) ? name + ENGLISH_SUFFIX : name;
    }
}
