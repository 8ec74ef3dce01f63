package dk.nextwork.platform.delivery;

import java.util.List;

/**
 * A delivery endpoint declared in a light module's {@code restEndpoints/delivery/*.yaml}: the
 * tree it serves, which content types, how deep, which links to resolve inline, which languages.
 */
public record DeliveryEndpoint(String name, String rootPath, List<String> contentTypes, int depth,
                               List<String> references, List<String> languages, int defaultLimit, int maxLimit,
                               String source) {

    public DeliveryEndpoint {
        contentTypes = List.copyOf(contentTypes);
        references = List.copyOf(references);
        languages = List.copyOf(languages);
    }

    /** The language served when none is asked for, and the fallback for missing translations. */
    public String defaultLanguage() {
        return languages.get(0);
    }
}
