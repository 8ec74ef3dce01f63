package dk.nextwork.platform.content;

import java.util.Set;

/**
 * Tells the caches of public answers (the delivery API, rendered pages) that what the public sees
 * may have changed: a saved change in a tree that published content lives in (the storage of
 * every content type and delivery endpoint the light modules define, and the trees Java modules
 * declare with {@code publicTrees} in their {@code module.yaml}), or a change of the light
 * modules themselves. Saves anywhere else (audit entries, reports and their drafts, accounts,
 * sessions, tokens, editors' drafts) never reach the listeners, so the caches stay warm while the
 * programme is in use.
 */
public interface PublicChanges {

    /** Calls {@code listener} after each such change, on this app node or another; close the handle to stop. */
    AutoCloseable onChange(Runnable listener);

    /** The repository trees listened to now, such as {@code /website} or {@code /dam}. */
    Set<String> trees();
}
