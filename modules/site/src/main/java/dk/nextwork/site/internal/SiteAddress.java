package dk.nextwork.site.internal;

import dk.nextwork.platform.i18n.Languages;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A public address and the language it is in: {@code /de-unge} is Danish, {@code /en/de-unge}
 * the same page in English. The page's path below the site root is the same in both.
 */
record SiteAddress(String language, String pagePath) {

    static final String SITE_ROOT = "/website/nextwork";
    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    /** Parses a request path; empty for anything that cannot be a page (it answers 404). */
    static Optional<SiteAddress> parse(String requestPath) {
        String path = requestPath == null || requestPath.isEmpty() ? "/" : requestPath;
        String language = Languages.DEFAULT;
        if (path.equals("/en") || path.startsWith("/en/")) {
            language = "en";
            path = path.substring(3);
        }
        String trimmed = path.replaceAll("^/+|/+$", "");
        if (trimmed.isEmpty()) {
            return Optional.of(new SiteAddress(language, ""));
        }
        for (String segment : trimmed.split("/")) {
            if (!SEGMENT.matcher(segment).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(new SiteAddress(language, trimmed));
    }

    static String url(String language, String pagePath) {
        String prefix = language.equals("en") ? "/en/" : "/";
        return prefix + pagePath;
    }

    String url() {
        return url(language, pagePath);
    }

    String otherLanguage() {
        return Languages.next(language);
    }
}
