package dk.nextwork.dam.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import dk.nextwork.dam.ExamplePdf;

/**
 * The demo asset library's files, made here rather than shipped: two illustrations (drawn, clearly
 * not photos of real people) and a one-page PDF marked as an example.
 */
final class DemoAssets {

    private static final Color ACCENT = new Color(11, 93, 122);
    private static final Color SOFT = new Color(238, 244, 246);
    private static final Color WARM = new Color(192, 90, 0);

    private DemoAssets() {
    }

    /** A network meeting: people around a table. */
    static byte[] meeting() throws IOException {
        BufferedImage image = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image);
        g.setColor(new Color(200, 214, 219));
        g.fillRoundRect(450, 380, 700, 260, 60, 60);
        for (int i = 0; i < 8; i++) {
            double angle = Math.PI * 2 * i / 8;
            int x = (int) (800 + Math.cos(angle) * 470);
            int y = (int) (510 + Math.sin(angle) * 300);
            g.setColor(i % 3 == 0 ? WARM : ACCENT);
            g.fillOval(x - 55, y - 130, 110, 110);
            g.fillRoundRect(x - 80, y - 10, 160, 150, 70, 70);
        }
        g.dispose();
        return encode(image, "png");
    }

    /** A workshop wall with tools. */
    static byte[] workshop() throws IOException {
        BufferedImage image = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image);
        g.setColor(new Color(214, 196, 170));
        g.fillRect(0, 720, 1600, 280);
        g.setColor(ACCENT);
        g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 6; i++) {
            int x = 200 + i * 230;
            g.drawLine(x, 180, x, 520);
            g.fillRect(x - 50, 150, 100, 60);
        }
        g.setColor(WARM);
        g.fillRoundRect(300, 600, 1000, 120, 30, 30);
        g.dispose();
        return encode(image, "jpeg");
    }

    /** A one-page PDF: "Praktikaftale – eksempel". */
    static byte[] agreementExample() {
        return ExamplePdf.page("Praktikaftale - eksempel", "Demoindhold i NExTWORK. Ikke en rigtig aftale.");
    }

    private static Graphics2D canvas(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(SOFT);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
