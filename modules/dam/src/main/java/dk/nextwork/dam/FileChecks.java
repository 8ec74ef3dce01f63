package dk.nextwork.dam;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import dk.nextwork.dam.internal.ExifOrientation;
import dk.nextwork.dam.internal.FileTypes;
import dk.nextwork.dam.internal.Renditions;

/**
 * The checks every uploaded file goes through, wherever it is uploaded (the DAM, a message): what
 * its content is (by its first bytes, and the same as its name says), its size, and for an image
 * that it can be read and is not too large to decode. {@link #withoutMetadata} redraws an image so
 * that nothing a camera or phone wrote into it (place, time, device) is kept.
 */
public final class FileChecks {

    public static final long MAX_IMAGE_BYTES = 10L * 1024 * 1024;
    public static final long MAX_PDF_BYTES = 20L * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000L;

    private FileChecks() {
    }

    public static CheckedFile check(String fileName, byte[] bytes) throws AssetRejectedException {
        String name = safeName(fileName);
        AssetType type = FileTypes.detect(bytes).orElseThrow(() -> new AssetRejectedException("dam.refused.type",
                "only PNG and JPEG images and PDF documents can be uploaded"));
        AssetType named = FileTypes.byName(name).orElseThrow(() -> new AssetRejectedException("dam.refused.type",
                "only PNG and JPEG images and PDF documents can be uploaded"));
        if (named != type) {
            throw new AssetRejectedException("dam.refused.mismatch", "the file is named ." + named.extensions().get(0)
                    + " but its content is " + type.name(), named.extensions().get(0).toUpperCase(), type.name());
        }
        long limit = type.isImage() ? MAX_IMAGE_BYTES : MAX_PDF_BYTES;
        if (bytes.length > limit) {
            throw new AssetRejectedException("dam.refused.tooLarge", "the file is larger than " + limit / (1024 * 1024)
                    + " MB", limit / (1024 * 1024));
        }
        if (!type.isImage()) {
            return new CheckedFile(name, type, bytes, 0, 0);
        }
        int[] size = dimensions(bytes);
        if ((long) size[0] * size[1] > MAX_PIXELS) {
            throw new AssetRejectedException("dam.refused.pixels", "the image has more than 40 megapixels");
        }
        return new CheckedFile(name, type, bytes, size[0], size[1]);
    }

    /**
     * The checked image drawn anew, upright as the camera meant it and at most {@code maxWidth}
     * wide, in its own format and with nothing else of the file; a PDF as it is.
     */
    public static CheckedFile withoutMetadata(CheckedFile file, int maxWidth) throws AssetRejectedException {
        if (!file.type().isImage()) {
            return file;
        }
        try {
            BufferedImage upright = ExifOrientation.upright(Renditions.read(file.bytes()),
                    ExifOrientation.of(file.bytes()));
            int width = Math.min(maxWidth, upright.getWidth());
            byte[] drawn = Renditions.scaled(upright, width, file.type());
            int[] size = dimensions(drawn);
            return new CheckedFile(file.fileName(), file.type(), drawn, size[0], size[1]);
        } catch (IOException | RuntimeException e) {
            throw new AssetRejectedException("dam.refused.unreadable", "the image cannot be read");
        }
    }

    private static int[] dimensions(byte[] bytes) throws AssetRejectedException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new AssetRejectedException("dam.refused.unreadable", "the image cannot be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new AssetRejectedException("dam.refused.unreadable", "the image cannot be read");
        }
    }

    /** A file name that is safe in an address: letters, digits, dot, dash, underscore. */
    private static String safeName(String fileName) throws AssetRejectedException {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).trim().replaceAll("[^A-Za-z0-9._-]+", "-");
        if (base.isEmpty() || base.startsWith(".") || base.length() > 120) {
            throw new AssetRejectedException("dam.refused.name", "the file needs a name of at most 120 characters");
        }
        return base;
    }
}
