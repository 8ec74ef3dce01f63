package dk.nextwork.contentapps;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.nextwork.platform.content.ContentType;

/**
 * The site's page tree: the tree the page type is stored in, where pages hold sub-pages and
 * components (items of every type stored in the same tree) and components hold nothing. Which
 * items may go below which: the rule creating and moving keep, and what the page tree offers.
 *
 * @param root  where the tree is stored
 * @param types the content types stored in it (pages and components), by their Danish label
 */
public record PageTree(String root, List<ContentType> types) {

    /** The content type whose items make the tree. */
    public static final String PAGE = "page";

    public PageTree {
        types = List.copyOf(types);
    }

    /** Whether items of a type live in the page tree (and so are added there, not in a list of their own). */
    public boolean contains(ContentType type) {
        return type.storage().equals(root);
    }

    /**
     * Whether items may be placed directly below a place in the tree: its root, or a page.
     *
     * @param parentTypeName the content type of the item at {@code parentPath}, or null if none is there
     */
    public boolean mayHoldItems(String parentPath, String parentTypeName) {
        return parentPath.equals(root) || PAGE.equals(parentTypeName);
    }

    /** The types of item that may be added below an item: below a page every type in the tree, below a component none. */
    public List<ContentType> typesAllowedBelow(ContentItem parent) {
        return mayHoldItems(parent.path(), parent.typeName()) ? types : List.of();
    }

    /** Whether an item may be moved below a target item: one that holds items, and neither the item nor below it. */
    public boolean mayMoveBelow(ContentItem item, ContentItem target) {
        return mayHoldItems(target.path(), target.typeName()) && !target.path().equals(item.path())
                && !target.path().startsWith(item.path() + "/");
    }

    /**
     * A page as editors know it: the titles from the top of the tree down to it
     * ("Forside › De unge"), as far up as the given pages (those offered) reach.
     */
    public static String trail(ContentItem page, List<ContentItem> pages) {
        Map<String, String> titles = new HashMap<>();
        pages.forEach(each -> titles.put(each.path(), each.title()));
        titles.put(page.path(), page.title());
        Deque<String> trail = new ArrayDeque<>();
        for (String path = page.path(); titles.containsKey(path); path = path.substring(0, Math.max(0, path.lastIndexOf('/')))) {
            trail.addFirst(titles.get(path));
        }
        return String.join(" › ", trail);
    }
}
