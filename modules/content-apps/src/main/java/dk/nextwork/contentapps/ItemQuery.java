package dk.nextwork.contentapps;

import java.util.Optional;

/**
 * Which items of a content type a list shows, in which order, and which slice of them.
 *
 * @param text     words the item's name must contain (case-insensitive); blank for all
 * @param status   only items in this state
 * @param onlyDrafts only items with unpublished changes
 */
public record ItemQuery(String typeName, String text, Optional<ItemStatus> status, boolean onlyDrafts,
                        Sort sort, boolean ascending, int offset, int limit) {

    public enum Sort { TITLE, MODIFIED, STATUS, PATH }

    public static ItemQuery all(String typeName) {
        return new ItemQuery(typeName, "", Optional.empty(), false, Sort.PATH, true, 0, Integer.MAX_VALUE);
    }

    public ItemQuery slice(int newOffset, int newLimit) {
        return new ItemQuery(typeName, text, status, onlyDrafts, sort, ascending, newOffset, newLimit);
    }
}
