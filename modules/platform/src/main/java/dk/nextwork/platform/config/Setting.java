package dk.nextwork.platform.config;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One configuration setting: its key in {@code nextwork.properties}, its environment variable,
 * how a text value becomes a typed value, and its default.
 *
 * @param <T> the typed value
 */
public final class Setting<T> {

    private final String key;
    private final String environmentVariable;
    private final String description;
    private final Function<String, T> parser;
    private final T defaultValue;

    private Setting(String key, String environmentVariable, String description,
                    Function<String, T> parser, T defaultValue) {
        this.key = Objects.requireNonNull(key);
        this.environmentVariable = Objects.requireNonNull(environmentVariable);
        this.description = Objects.requireNonNull(description);
        this.parser = Objects.requireNonNull(parser);
        this.defaultValue = defaultValue;
    }

    /**
     * A setting whose value is parsed by {@code parser}; the parser throws
     * {@link IllegalArgumentException} with a reason a person understands when a value is invalid.
     */
    public static <T> Setting<T> of(String key, String environmentVariable, String description,
                                    Function<String, T> parser, T defaultValue) {
        return new Setting<>(key, environmentVariable, description, parser, defaultValue);
    }

    public String key() {
        return key;
    }

    public String environmentVariable() {
        return environmentVariable;
    }

    public String description() {
        return description;
    }

    public Optional<T> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    T parse(String text) {
        return parser.apply(text.trim());
    }

    @Override
    public String toString() {
        return key + " (" + environmentVariable + ")";
    }
}
