package dk.nextwork.dam.internal;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Which way up a phone meant its JPEG (the EXIF orientation tag, 1 to 8), so that an image drawn
 * anew without its metadata is not shown on its side. Only the first APP1 segment's first IFD is
 * read; anything unexpected counts as upright.
 */
public final class ExifOrientation {

    public static final int UPRIGHT = 1;
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    public static int of(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return UPRIGHT;
        }
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            if (marker == 0xDA || length < 2) {
                return UPRIGHT; // the image data begins: no EXIF before it
            }
            if (marker == 0xE1 && at + 2 + length <= jpeg.length && isExif(jpeg, at + 4)) {
                return orientation(jpeg, at + 10, at + 2 + length);
            }
            at += 2 + length;
        }
        return UPRIGHT;
    }

    private static boolean isExif(byte[] bytes, int at) {
        return at + 6 <= bytes.length && bytes[at] == 'E' && bytes[at + 1] == 'x' && bytes[at + 2] == 'i'
                && bytes[at + 3] == 'f' && bytes[at + 4] == 0 && bytes[at + 5] == 0;
    }

    /** The orientation in the TIFF structure from {@code tiff} to {@code end}. */
    private static int orientation(byte[] bytes, int tiff, int end) {
        if (tiff + 8 > end) {
            return UPRIGHT;
        }
        boolean little = bytes[tiff] == 'I' && bytes[tiff + 1] == 'I';
        if (!little && !(bytes[tiff] == 'M' && bytes[tiff + 1] == 'M')) {
            return UPRIGHT;
        }
        long ifd = tiff + unsigned(bytes, tiff + 4, 4, little);
        if (ifd + 2 > end) {
            return UPRIGHT;
        }
        int entries = (int) unsigned(bytes, (int) ifd, 2, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > end) {
                return UPRIGHT;
            }
            if (unsigned(bytes, entry, 2, little) == ORIENTATION_TAG) {
                int value = (int) unsigned(bytes, entry + 8, 2, little);
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    private static long unsigned(byte[] bytes, int at, int length, boolean little) {
        long value = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[little ? at + length - 1 - i : at + i] & 0xFF;
            value = (value << 8) | b;
        }
        return value;
    }

    /** The image turned (and mirrored, for orientations 2, 4, 5 and 7) the way the tag says. */
    public static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= UPRIGHT || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(Math.PI / 2); t.scale(1, -1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage result = new BufferedImage(turned ? h : w, turned ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = result.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return result;
    }
}
