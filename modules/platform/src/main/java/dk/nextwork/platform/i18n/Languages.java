package dk.nextwork.platform.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The portal's languages, declared here once: Danish, which everything has and which is used when
 * nothing else is asked for, and English. Texts, content fields, addresses and accounts all take
 * their languages from this list.
 */
public final class Languages {

    /** Texts, content and addresses without a language are Danish. */
    public static final String DEFAULT = "da";

    /** Every language the portal speaks, the default first. */
    public static final List<String> ALL = List.of(DEFAULT, "en");

    private Languages() {
    }

    /** The portal's language a code stands for: one of {@link #ALL}, else the default. */
    public static String of(String code) {
        return code != null && ALL.contains(code) ? code : DEFAULT;
    }

    /** The portal's language of a locale: one of {@link #ALL}, else the default. */
    public static String of(Locale locale) {
        return of(locale == null ? null : locale.getLanguage());
    }

    /** The language after this one, for a switch between the languages. */
    public static String next(String language) {
        return ALL.get((ALL.indexOf(of(language)) + 1) % ALL.size());
    }

    public static Locale locale(String language) {
        return Locale.forLanguageTag(of(language));
    }
}
