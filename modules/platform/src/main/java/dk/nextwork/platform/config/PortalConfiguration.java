package dk.nextwork.platform.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * The portal's settings, read once at start-up from {@code nextwork.properties} in the data
 * folder and from the environment; the environment wins. Every key must belong to a declared
 * {@link Setting} and every value must parse, or loading fails with all problems listed.
 */
public final class PortalConfiguration {

    public static final String HOME_VARIABLE = "NEXTWORK_HOME";
    public static final String DEFAULT_HOME = "var";
    public static final String FILE_NAME = "nextwork.properties";
    private static final String ENVIRONMENT_PREFIX = "NEXTWORK_";

    private final Path workingDirectory;
    private final Path home;
    private final Map<Setting<?>, Object> values;
    private final Map<Setting<?>, String> sources;

    private PortalConfiguration(Path workingDirectory, Path home, Map<Setting<?>, Object> values,
                                Map<Setting<?>, String> sources) {
        this.workingDirectory = workingDirectory;
        this.home = home;
        this.values = values;
        this.sources = sources;
    }

    /** Loads from the real environment and the working directory. */
    public static PortalConfiguration load() {
        return load(System.getenv(), Path.of("").toAbsolutePath());
    }

    /** Loads with every setting definition found through {@link ServiceLoader}. */
    public static PortalConfiguration load(Map<String, String> environment, Path workingDirectory) {
        List<SettingDefinitions> definitions = new ArrayList<>();
        ServiceLoader.load(SettingDefinitions.class, PortalConfiguration.class.getClassLoader())
                .forEach(definitions::add);
        return load(environment, workingDirectory, definitions);
    }

    public static PortalConfiguration load(Map<String, String> environment, Path workingDirectory,
                                           List<SettingDefinitions> definitions) {
        List<String> problems = new ArrayList<>();
        Path home = workingDirectory.resolve(environment.getOrDefault(HOME_VARIABLE, DEFAULT_HOME))
                .toAbsolutePath().normalize();

        Map<String, Setting<?>> byKey = new LinkedHashMap<>();
        Map<String, Setting<?>> byVariable = new LinkedHashMap<>();
        for (SettingDefinitions definition : definitions) {
            for (Setting<?> setting : definition.settings()) {
                if (byKey.putIfAbsent(setting.key(), setting) != null
                        || byVariable.putIfAbsent(setting.environmentVariable(), setting) != null) {
                    throw new IllegalStateException("Setting declared twice: " + setting);
                }
            }
        }

        Map<Setting<?>, Object> values = new LinkedHashMap<>();
        Map<Setting<?>, String> sources = new LinkedHashMap<>();
        Path file = home.resolve(FILE_NAME);
        for (Map.Entry<String, String> entry : readFile(file, problems).entrySet()) {
            Setting<?> setting = byKey.get(entry.getKey());
            if (setting == null) {
                problems.add(file + ": unknown setting '" + entry.getKey() + "' (known: "
                        + String.join(", ", new TreeSet<>(byKey.keySet())) + ")");
            } else {
                parseInto(setting, entry.getValue(), file.toString(), values, sources, problems);
            }
        }
        for (Map.Entry<String, String> entry : new java.util.TreeMap<>(environment).entrySet()) {
            Setting<?> setting = byVariable.get(entry.getKey());
            if (setting != null) {
                parseInto(setting, entry.getValue(), "environment", values, sources, problems);
            } else if (entry.getKey().startsWith(ENVIRONMENT_PREFIX) && !entry.getKey().equals(HOME_VARIABLE)) {
                problems.add("environment: unknown variable " + entry.getKey() + " (known: "
                        + String.join(", ", new TreeSet<>(byVariable.keySet())) + ", " + HOME_VARIABLE + ")");
            }
        }

        PortalConfiguration configuration = new PortalConfiguration(workingDirectory.toAbsolutePath(), home,
                Collections.unmodifiableMap(values), Collections.unmodifiableMap(sources));
        if (problems.isEmpty()) {
            definitions.forEach(definition -> definition.validate(configuration, problems));
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return configuration;
    }

    private static Map<String, String> readFile(Path file, List<String> problems) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(file + ": cannot be read: " + e.getMessage());
            return entries;
        }
        new TreeSet<>(properties.stringPropertyNames()).forEach(key -> entries.put(key, properties.getProperty(key)));
        return entries;
    }

    private static void parseInto(Setting<?> setting, String text, String source, Map<Setting<?>, Object> values,
                                  Map<Setting<?>, String> sources, List<String> problems) {
        try {
            values.put(setting, setting.parse(text));
            sources.put(setting, source);
        } catch (IllegalArgumentException e) {
            problems.add(setting + " from " + source + ": " + e.getMessage());
        }
    }

    /** The data folder: repository, lock file, settings file. */
    public Path home() {
        return home;
    }

    /** A folder setting as a path: relative values are relative to the working directory. */
    public Path folder(Setting<String> setting) {
        return workingDirectory.resolve(get(setting)).toAbsolutePath().normalize();
    }

    /** The setting's value, or its default. */
    public <T> T get(Setting<T> setting) {
        return find(setting).or(setting::defaultValue)
                .orElseThrow(() -> new IllegalStateException(setting + " has no value and no default"));
    }

    /** The value set in the file or environment, without falling back to the default. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> find(Setting<T> setting) {
        return Optional.ofNullable((T) values.get(setting));
    }

    /** Where the value came from: the file's path, {@code environment} or {@code default}. */
    public String sourceOf(Setting<?> setting) {
        return sources.getOrDefault(setting, "default");
    }
}
