package dk.nextwork.dam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * The checks any upload goes through, and an image drawn anew without what a phone writes into it:
 * its place (an EXIF block, a PNG text chunk) is gone, and a photo taken on its side stands up.
 */
class FileChecksTest {

    @Test
    void aPhotoLosesItsMetadataAndStandsTheWayItWasTaken() throws Exception {
        // 60 wide, 30 high, red in the top left corner; the phone says: turn 90 degrees clockwise
        byte[] photo = withExif(jpeg(60, 30), 6, "GPS 55.6415N 12.0803E");
        CheckedFile checked = FileChecks.check("IMG_0042.jpg", photo);
        assertEquals(60, checked.width());

        CheckedFile clean = FileChecks.withoutMetadata(checked, 1600);

        assertEquals(AssetType.JPEG, clean.type());
        assertEquals(30, clean.width());
        assertEquals(60, clean.height());
        assertFalse(contains(clean.bytes(), "Exif"), "no EXIF block is kept");
        assertFalse(contains(clean.bytes(), "GPS"), "no place is kept");
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
        assertTrue(red(upright.getRGB(25, 4)), "the top left corner turned to the top right");
        assertFalse(red(upright.getRGB(4, 55)), "and the bottom left is not red");
    }

    @Test
    void aPngLosesItsTextAndAWideImageIsMadeSmaller() throws Exception {
        byte[] png = withTextChunk(png(2400, 100), "Location", "Stændertorvet 3, Roskilde");
        CheckedFile clean = FileChecks.withoutMetadata(FileChecks.check("skaerm.png", png), 1600);
        assertEquals(1600, clean.width());
        assertEquals(67, clean.height());
        assertFalse(contains(clean.bytes(), "Location"));
        assertTrue(contains(png, "Location"), "the test's own file had it");
    }

    @Test
    void aPdfIsKeptAsItIsAndOtherFilesAreRefused() throws Exception {
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        CheckedFile checked = FileChecks.check("C:\\Users\\ung\\Vagtplan uge 49.pdf", pdf);
        assertEquals("Vagtplan-uge-49.pdf", checked.fileName());
        assertSame(checked, FileChecks.withoutMetadata(checked, 1600));

        assertEquals("dam.refused.type", assertThrows(AssetRejectedException.class,
                () -> FileChecks.check("virus.png", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).reason());
        assertEquals("dam.refused.mismatch", assertThrows(AssetRejectedException.class,
                () -> FileChecks.check("billede.png", pdf)).reason());
        assertEquals("dam.refused.type", assertThrows(AssetRejectedException.class,
                () -> FileChecks.check("noter.txt", pdf)).reason());
        byte[] broken = new byte[100];
        System.arraycopy(jpeg(10, 10), 0, broken, 0, 20);
        assertEquals("dam.refused.unreadable", assertThrows(AssetRejectedException.class,
                () -> FileChecks.withoutMetadata(FileChecks.check("brudt.jpg", broken), 1600)).reason());
    }

    private static boolean red(int rgb) {
        Color color = new Color(rgb);
        return color.getRed() > 180 && color.getGreen() < 80 && color.getBlue() < 80;
    }

    private static BufferedImage drawn(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(230, 240, 245));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 12, 12);
        g.dispose();
        return image;
    }

    private static byte[] jpeg(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(drawn(width, height), "jpeg", out);
        return out.toByteArray();
    }

    private static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(drawn(width, height), "png", out);
        return out.toByteArray();
    }

    /** The JPEG with an APP1 EXIF block (big-endian TIFF) right after its start: an orientation, and a text. */
    static byte[] withExif(byte[] jpeg, int orientation, String text) {
        byte[] note = text.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + note.length);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        tiff.put(note);
        byte[] body = tiff.array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        int length = 2 + 6 + body.length;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The PNG with a tEXt chunk before its end. */
    static byte[] withTextChunk(byte[] png, String key, String value) {
        byte[] data = (key + "\0" + value).getBytes(StandardCharsets.ISO_8859_1);
        byte[] type = "tEXt".getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        int end = png.length - 12; // IEND is the last 12 bytes
        ByteBuffer out = ByteBuffer.allocate(png.length + 12 + data.length);
        out.put(png, 0, end).putInt(data.length).put(type).put(data).putInt((int) crc.getValue()).put(png, end, 12);
        return out.array();
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }
}
