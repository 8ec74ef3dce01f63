package dk.nextwork.reporting;

import dk.nextwork.platform.i18n.Localized;

/**
 * A text coordinators write in Danish, with its English translation (which may be blank). Put
 * into a text, it reads in the reader's language.
 */
public record Bilingual(String da, String en) implements Localized {

    public Bilingual {
        da = da == null ? "" : da.strip();
        en = en == null ? "" : en.strip();
    }

    /** The text in a language, Danish when there is no translation. */
    @Override
    public String in(String language) {
        return "en".equals(language) && !en.isEmpty() ? en : da;
    }
}
