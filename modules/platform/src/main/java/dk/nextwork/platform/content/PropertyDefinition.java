package dk.nextwork.platform.content;

import dk.nextwork.platform.i18n.Languages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One property of a content type. A localised property keeps Danish under its name and English
 * under {@code name_en}.
 *
 * @param label   what a form calls the field, by language ({@code da}, {@code en}); may be empty
 * @param format  for richtext: {@code markdown} or {@code html}
 * @param target  for links: the content type linked to
 * @param options for strings: the only values allowed (a form shows a choice); empty for any
 */
public record PropertyDefinition(String name, PropertyType type, boolean localised, boolean required,
                                 boolean multiple, Optional<Integer> maxLength, Optional<Pattern> pattern,
                                 Optional<Double> min, Optional<Double> max, Optional<String> format,
                                 Optional<String> target, Map<String, String> label, List<String> options) {

    public static final String ENGLISH_SUFFIX = "_en";

    public PropertyDefinition {
        label = Map.copyOf(label);
        options = List.copyOf(options);
    }

    /** Without a label or options. */
    public PropertyDefinition(String name, PropertyType type, boolean localised, boolean required,
                              boolean multiple, Optional<Integer> maxLength, Optional<Pattern> pattern,
                              Optional<Double> min, Optional<Double> max, Optional<String> format,
                              Optional<String> target) {
        this(name, type, localised, required, multiple, maxLength, pattern, min, max, format, target, Map.of(), List.of());
    }

    /** The stored property name for a language ({@code da} or {@code en}). */
    public String storedName(String language) {
        return localised && "en".equals(language) ? name + ENGLISH_SUFFIX : name;
    }

    /** The stored names: the Danish one, and the English one for a localised property. */
    public List<String> storedNames() {
        return localised ? List.of(name, name + ENGLISH_SUFFIX) : List.of(name);
    }

    /** The label in a language, else the Danish one, else the name written as words ("memberSince": "Member since"). */
    public String labelIn(String language) {
        String given = label.getOrDefault(language, label.get(Languages.DEFAULT));
        if (given != null) {
            return given;
        }
        String words = name.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
