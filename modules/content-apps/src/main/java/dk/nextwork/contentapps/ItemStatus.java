package dk.nextwork.contentapps;

/** Where an item stands with the public. */
public enum ItemStatus {
    /** Never published: only editors see it. */
    NEW,
    /** On the public site and in the delivery API (possibly with a newer draft). */
    PUBLISHED,
    /** Was published, and was taken off again. */
    UNPUBLISHED
}
