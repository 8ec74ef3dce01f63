package dk.nextwork.platform.delivery;

import java.util.List;

/**
 * A delivery endpoint declared in a light module's {@code restEndpoints/delivery/*.yaml}: the
 * tree it serves, which content types, how deep, which links to resolve inline, which languages.
 *
 * @param childTypes the content types shown among an item's children (a page's sub-pages and its
 *                   components); the endpoint's own types unless the definition says otherwise
 */
public record DeliveryEndpoint(String name, String rootPath, List<String> contentTypes, List<String> childTypes,
                               int depth, List<String> references, List<String> languages, int defaultLimit,
                               int maxLimit, String source) {

    public DeliveryEndpoint {
        contentTypes = List.copyOf(contentTypes);
        childTypes = List.copyOf(childTypes);
        references = List.copyOf(references);
        languages = List.copyOf(languages);
    }

    /** The language served when none is asked for, and the fallback for missing translations. */
    public String defaultLanguage() {
        return languages.get(0);
    }
}
