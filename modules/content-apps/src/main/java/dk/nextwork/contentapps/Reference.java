package dk.nextwork.contentapps;

import dk.nextwork.platform.i18n.Localized;

/**
 * Another item that links to one: where it is, what it is called, which of its fields links, and
 * whether the link is in its unpublished draft; for people, its type and that field as the content
 * type labels them, in the reader's language.
 */
public record Reference(String path, String typeName, String title, String field, boolean inDraft,
                        Localized typeLabel, Localized fieldLabel) {
}
