package dk.nextwork.platform.i18n;

/**
 * Something people wrote in each of the portal's languages, such as a trait's name: put into a
 * text ({@link Texts#get}), it reads in the reader's language, so a service can name a thing in a
 * refusal without choosing the language for whoever will read it.
 */
public interface Localized {

    /** The text in a language of {@link Languages#ALL}; the default language's when there is none in it. */
    String in(String language);
}
