package dk.nextwork.dam;

import java.util.List;

/** The kinds of file the DAM takes, known by their content, not by their name. */
public enum AssetType {
    PNG("image/png", List.of("png"), true),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), true),
    PDF("application/pdf", List.of("pdf"), false);

    private final String mimeType;
    private final List<String> extensions;
    private final boolean image;

    AssetType(String mimeType, List<String> extensions, boolean image) {
        this.mimeType = mimeType;
        this.extensions = extensions;
        this.image = image;
    }

    public String mimeType() {
        return mimeType;
    }

    public List<String> extensions() {
        return extensions;
    }

    public boolean isImage() {
        return image;
    }
}
