package dk.nextwork.platform.content;

import dk.nextwork.platform.i18n.Languages;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dk.nextwork.platform.repository.JcrValues;

/**
 * Checks values against a content type and turns them into what the repository stores: one
 * message per wrong field, all fields checked, nothing half-accepted.
 */
public final class ContentValidator {

    private static final Pattern CONTENT_PATH = Pattern.compile("(/[a-z0-9][a-z0-9-]{0,99})+");

    private ContentValidator() {
    }

    /**
     * Returns the values keyed by stored property name, typed for the repository (String, Long,
     * Double, Boolean, Calendar, or a List of those for multi-valued properties).
     */
    public static Map<String, Object> validate(ContentType type, Map<String, ?> values)
            throws ContentValidationException {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> stored = new LinkedHashMap<>();
        for (String key : values.keySet()) {
            if (definitionOf(type, key) == null) {
                errors.add(new FieldError(key, "is not a property of " + type.name(), "unknown", List.of(type.name())));
            }
        }
        for (PropertyDefinition property : type.properties()) {
            for (String language : property.localised() ? Languages.ALL : List.of(Languages.DEFAULT)) {
                String key = property.storedName(language);
                Object value = values.get(key);
                if (isEmpty(value)) {
                    if (property.required() && language.equals(Languages.DEFAULT)) {
                        errors.add(new FieldError(key, "is required", "required", List.of()));
                    }
                    continue;
                }
                Object converted = convert(property, key, value, errors);
                if (converted != null) {
                    stored.put(key, converted);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ContentValidationException(errors);
        }
        return stored;
    }

    private static PropertyDefinition definitionOf(ContentType type, String key) {
        for (PropertyDefinition property : type.properties()) {
            if (property.name().equals(key) || (property.localised() && property.storedName("en").equals(key))) {
                return property;
            }
        }
        return null;
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String text && text.isBlank())
                || (value instanceof List<?> list && list.isEmpty());
    }

    private static Object convert(PropertyDefinition property, String key, Object value, List<FieldError> errors) {
        if (property.multiple()) {
            if (!(value instanceof List<?> list)) {
                errors.add(new FieldError(key, "must be a list", "list", List.of()));
                return null;
            }
            List<Object> converted = new ArrayList<>();
            int before = errors.size();
            for (Object item : list) {
                converted.add(convertOne(property, key, item, errors));
            }
            return errors.size() == before ? List.copyOf(converted) : null;
        }
        if (value instanceof List) {
            errors.add(new FieldError(key, "takes one value, not a list", "single", List.of()));
            return null;
        }
        return convertOne(property, key, value, errors);
    }

    private static Object convertOne(PropertyDefinition property, String key, Object value, List<FieldError> errors) {
        int before = errors.size();
        Object converted = switch (property.type()) {
            case STRING, TEXT, RICHTEXT, ASSET -> text(key, value, errors);
            case LINK -> link(key, value, errors);
            case BOOLEAN -> value instanceof Boolean ? value : error(errors, key, "must be true or false", "boolean");
            case LONG -> value instanceof Integer || value instanceof Long
                    ? (Object) ((Number) value).longValue() : error(errors, key, "must be a whole number", "wholeNumber");
            case DOUBLE -> value instanceof Number number ? (Object) number.doubleValue()
                    : error(errors, key, "must be a number", "number");
            case DATE -> date(key, value, errors);
        };
        if (errors.size() > before) {
            return null;
        }
        if (converted instanceof String text && property.type() == PropertyType.RICHTEXT) {
            if (property.format().filter("html"::equals).isPresent()) {
                converted = RichText.cleanHtml(text);
            } else {
                String problem = RichText.markdownProblem(text);
                if (problem != null) {
                    errors.add(new FieldError(key, problem, "markdown", List.of(problem)));
                    return null;
                }
            }
        }
        if (converted instanceof String text) {
            property.maxLength().filter(max -> text.length() > max).ifPresent(max ->
                    errors.add(new FieldError(key, "is " + text.length() + " characters; at most " + max + " allowed",
                            "tooLong", List.of(text.length(), max))));
            if (!property.options().isEmpty() && !property.options().contains(text)) {
                errors.add(new FieldError(key, "must be one of " + property.options(), "option",
                        List.of(String.join(", ", property.options()))));
            }
            property.pattern().filter(pattern -> !pattern.matcher(text).matches()).ifPresent(pattern ->
                    errors.add(new FieldError(key, "does not have the expected form", "pattern", List.of())));
        }
        if (converted instanceof Number number) {
            double n = number.doubleValue();
            property.min().filter(min -> n < min).ifPresent(min ->
                    errors.add(new FieldError(key, "must be at least " + format(min), "min", List.of(format(min)))));
            property.max().filter(max -> n > max).ifPresent(max ->
                    errors.add(new FieldError(key, "must be at most " + format(max), "max", List.of(format(max)))));
        }
        return errors.size() > before ? null : converted;
    }

    private static Object text(String key, Object value, List<FieldError> errors) {
        return value instanceof String ? value : error(errors, key, "must be text", "text");
    }

    private static Object link(String key, Object value, List<FieldError> errors) {
        if (value instanceof String path && CONTENT_PATH.matcher(path).matches()) {
            return path;
        }
        return error(errors, key, "must be the path of a content item, such as /partners/name", "link");
    }

    private static Object date(String key, Object value, List<FieldError> errors) {
        Instant instant = null;
        if (value instanceof Instant given) {
            instant = given;
        } else if (value instanceof Calendar calendar) {
            instant = calendar.toInstant();
        } else if (value instanceof String text) {
            try {
                instant = Instant.parse(text);
            } catch (DateTimeParseException e) {
                instant = null;
            }
        }
        if (instant == null) {
            return error(errors, key, "must be a date and time such as 2026-03-01T09:00:00Z", "date");
        }
        return JcrValues.utc(instant);
    }

    private static Object error(List<FieldError> errors, String key, String message, String code) {
        errors.add(new FieldError(key, message, code, List.of()));
        return null;
    }

    private static String format(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}
