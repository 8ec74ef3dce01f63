package dk.nextwork.dam;

/**
 * A file that passed the DAM's checks ({@link FileChecks#check}): its content is the type its name
 * says, within the size limits and, for an image, readable and at most 40 megapixels. The name is
 * safe in an address. {@code width} and {@code height} are 0 for a PDF.
 */
public record CheckedFile(String fileName, AssetType type, byte[] bytes, int width, int height) {
}
