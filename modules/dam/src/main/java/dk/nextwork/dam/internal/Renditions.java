package dk.nextwork.dam.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import dk.nextwork.dam.AssetType;

/** Smaller copies of an image for the site's widths; never larger than the original. */
public final class Renditions {

    /** Widths in CSS pixels that pages ask for (small phones, content column, wide and sharp screens). */
    public static final List<Integer> WIDTHS = List.of(480, 960, 1600);

    private Renditions() {
    }

    public static BufferedImage read(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    /** The image at a width (keeping its proportions), in its own format. */
    public static byte[] scaled(BufferedImage original, int width, AssetType type) throws IOException {
        int height = Math.max(1, Math.round(original.getHeight() * (width / (float) original.getWidth())));
        boolean jpeg = type == AssetType.JPEG;
        BufferedImage scaled = new BufferedImage(width, height, jpeg ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = scaled.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(original, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(scaled, jpeg ? "jpeg" : "png", out);
        return out.toByteArray();
    }
}
