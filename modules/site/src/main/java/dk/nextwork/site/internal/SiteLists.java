package dk.nextwork.site.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.lightmodule.Definitions;

/**
 * The public site's lists, as the light modules' content types declare them
 * ({@code site: {listTemplate, itemTemplate}}): which page template lists which tree, and with
 * which template each listed item gets its own page. A new listed type needs no Java.
 */
record SiteLists(Map<String, ContentType> byListTemplate) {

    static SiteLists of(Definitions definitions) {
        Map<String, ContentType> lists = new LinkedHashMap<>();
        for (ContentType type : definitions.contentTypes()) {
            type.listing().ifPresent(listing -> lists.putIfAbsent(listing.listTemplate(), type));
        }
        return new SiteLists(Map.copyOf(lists));
    }

    /** The tree a page with this template lists, if it lists one. */
    Optional<String> tree(String pageTemplate) {
        return Optional.ofNullable(byListTemplate.get(pageTemplate)).map(ContentType::storage);
    }

    /** Page template → the tree it lists. */
    Map<String, String> trees() {
        Map<String, String> trees = new LinkedHashMap<>();
        byListTemplate.forEach((template, type) -> trees.put(template, type.storage()));
        return trees;
    }

    /** The template of a listed item's own page. */
    Optional<String> itemTemplate(String tree) {
        return byListTemplate.values().stream().filter(type -> type.storage().equals(tree)).findFirst()
                .flatMap(ContentType::listing).map(listing -> listing.itemTemplate());
    }
}
