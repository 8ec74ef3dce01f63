package dk.nextwork.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's interface texts in Danish (the default) and English. Every module adds its
 * own to {@code nextwork-i18n/texts.properties} (Danish) and {@code texts_en.properties}
 * (English) in its jar, with keys prefixed by the module ({@code identity.login.title}); the
 * files of all modules are merged. A text missing in English falls back to Danish.
 */
public final class Texts {

    public static final Locale DANISH = Languages.locale(Languages.DEFAULT);
    public static final List<Locale> LANGUAGES = Languages.ALL.stream().map(Languages::locale).toList();

    private static final Map<ClassLoader, Texts> LOADED = Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private final Map<String, Map<String, String>> byLanguage = new ConcurrentHashMap<>();
    private final ClassLoader classLoader;

    private Texts(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The texts of every module the class loader sees. */
    public static Texts of(ClassLoader classLoader) {
        return LOADED.computeIfAbsent(classLoader, Texts::new);
    }

    /** The portal's language of a locale ({@link Languages#of(Locale)}). */
    public static String language(Locale locale) {
        return Languages.of(locale);
    }

    /**
     * The text for a key with {0}, {1}, … filled in (no other syntax), dates and numbers as the
     * language writes them and {@link Localized} names in it ({@link Formats}); the key itself
     * when it has no text.
     */
    public String get(Locale locale, String key, Object... parameters) {
        String language = language(locale);
        String text = texts(language).get(key);
        if (text == null && !language.equals(Languages.DEFAULT)) {
            text = texts(Languages.DEFAULT).get(key);
        }
        if (text == null) {
            return key;
        }
        for (int i = 0; i < parameters.length; i++) {
            text = text.replace("{" + i + "}", Formats.value(parameters[i], locale));
        }
        return text;
    }

    private Map<String, String> texts(String language) {
        return byLanguage.computeIfAbsent(language, this::load);
    }

    private Map<String, String> load(String language) {
        String file = "nextwork-i18n/texts" + (language.equals(Languages.DEFAULT) ? "" : "_" + language) + ".properties";
        Map<String, String> texts = new HashMap<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(file))) {
                Properties properties = new Properties();
                try (InputStream in = url.openStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The texts " + file + " cannot be read", e);
        }
        return Map.copyOf(texts);
    }
}
