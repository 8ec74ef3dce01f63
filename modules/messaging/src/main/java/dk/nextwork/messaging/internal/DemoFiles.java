package dk.nextwork.messaging.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import dk.nextwork.dam.ExamplePdf;

/**
 * The demo conversations' files: a "photo" of boxes on a pallet in a goods reception (drawn, so
 * clearly no real place or person) and a representative's one-page PDF.
 */
final class DemoFiles {

    private DemoFiles() {
    }

    /** Sara's note on how her company pairs a newcomer with a buddy. */
    static byte[] buddyScheme() {
        return ExamplePdf.page("Makkerordning - saadan goer vi", "Demoindhold i NExTWORK: en fast makker den foerste uge.");
    }

    static byte[] goodsReception() throws IOException {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(226, 232, 236)); // wall
            g.fillRect(0, 0, 1200, 560);
            g.setColor(new Color(168, 160, 150)); // floor
            g.fillRect(0, 560, 1200, 240);
            g.setColor(new Color(150, 110, 60)); // pallet
            g.fillRect(300, 600, 600, 40);
            for (int leg = 0; leg < 3; leg++) {
                g.fillRect(310 + leg * 270, 640, 50, 30);
            }
            Color[] cartons = {new Color(196, 154, 98), new Color(181, 139, 84), new Color(205, 166, 112)};
            for (int row = 0; row < 3; row++) {
                for (int column = 0; column < 3 - row; column++) {
                    int x = 320 + row * 95 + column * 190;
                    int y = 460 - row * 140;
                    g.setColor(cartons[(row + column) % cartons.length]);
                    g.fillRect(x, y, 180, 140);
                    g.setColor(new Color(120, 90, 50));
                    g.drawRect(x, y, 180, 140);
                    g.fillRect(x + 80, y, 20, 140); // tape
                }
            }
            g.setColor(new Color(11, 93, 122)); // a clipboard with the delivery note
            g.fillRoundRect(960, 420, 150, 200, 16, 16);
            g.setColor(Color.WHITE);
            g.fillRect(980, 450, 110, 150);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
