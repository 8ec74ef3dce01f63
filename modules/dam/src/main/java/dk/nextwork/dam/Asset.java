package dk.nextwork.dam;

import java.time.Instant;
import java.util.List;

/**
 * An uploaded file. {@code version} changes whenever the file does, so its addresses can be cached
 * for a year. Images have a text alternative (Danish, and English when given) and renditions.
 */
public record Asset(String id, String fileName, AssetType type, long size, int width, int height, String alt,
                    String altEn, String uploadedBy, Instant uploaded, String version, List<Integer> renditions) {

    /** How content refers to the asset (e.g. an image component's {@code image} property). */
    public String reference() {
        return Assets.REFERENCE_PREFIX + id;
    }
}
