package dk.nextwork.reporting;

/** A text coordinators write in Danish, with its English translation (which may be blank). */
public record Bilingual(String da, String en) {

    public Bilingual {
        da = da == null ? "" : da.strip();
        en = en == null ? "" : en.strip();
    }

    /** The text in a language, Danish when there is no translation. */
    public String in(String language) {
        return "en".equals(language) && !en.isEmpty() ? en : da;
    }
}
