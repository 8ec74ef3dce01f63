package dk.nextwork.contentapps;

/**
 * Another item that links to one: where it is, what it is called, which of its fields links, and
 * whether the link is in its unpublished draft.
 */
public record Reference(String path, String typeName, String title, String field, boolean inDraft) {
}
