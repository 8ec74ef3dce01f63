package dk.nextwork.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;


import dk.nextwork.dam.AssetType;
import dk.nextwork.dam.ExamplePdf;
import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.program.NetworkGroups;
import dk.nextwork.program.Selection;
import dk.nextwork.reporting.ReportingFixture;

/**
 * Images and PDFs sent with a message: through the asset checks, an image without what the phone
 * wrote into it, and for the message's readers only, by the service and by its address.
 */
class MessageFilesTest extends OverTheDemoGroup {

    private static final byte[] PDF = ExamplePdf.page("Vagtplan", "Uge 49");

    @Test
    void aPhotoGoesWithAMessageWithoutItsPlaceAndOpensForTheGroupOnly() throws Exception {
        PendingFile photo = ChannelMessages.attachable("IMG_0042.jpg", withExif(jpeg(2400, 1200), "GPS 55.6415N 12.0803E"));
        Message sent = fixture.messages.reply(mikkel, group, 0, "", List.of(photo));

        assertEquals("", sent.text(), "a file may go without words");
        Attachment file = sent.files().get(0);
        assertEquals(List.of(1, AssetType.JPEG, 1600, 800), List.of(file.number(), file.type(), file.width(), file.height()),
                "kept at most 1,600 wide");
        assertEquals("IMG_0042.jpg", file.label());
        Caller coordinator = new Caller(ReportingFixture.COORDINATOR, "test");
        for (Caller reader : List.of(mikkel, noah, jonas, coordinator)) {
            byte[] bytes = fixture.messages.file(reader, group, sent.seq(), 1).orElseThrow().bytes();
            assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains("GPS"), "where it was taken is not kept");
            assertEquals(1, fixture.messages.before(reader, group, 0, 1).get(0).files().size());
        }
        for (Caller outsider : List.of(fixture.caller("emma.friis@nextwork.example"), fixture.caller("company@nextwork.example"))) {
            assertThrows(AccessDeniedException.class, () -> fixture.messages.file(outsider, group, sent.seq(), 1));
        }
        assertThrows(AccessDeniedException.class, () -> fixture.messages.file(mikkel, "group-guessed", 1, 1));
        assertTrue(fixture.messages.file(mikkel, group, sent.seq(), 2).isEmpty(), "a number the message has no file of");
        assertTrue(fixture.messages.file(mikkel, group, sent.seq() + 1, 1).isEmpty(), "a message that is not there");
        assertTrue(fixture.messages.file(mikkel, group, sent.seq() - 1, 1).isEmpty(), "a message without files");

        NetworkGroups groups = new NetworkGroups(running.platform().repository(), fixture.programme.identity.accounts,
                fixture.programme.identity.audit);
        String tuesday = group.substring("group-".length());
        groups.setMembers(ReportingFixture.COORDINATOR, tuesday, new Selection(Set.of(noah.user().id()), Set.of()));
        assertThrows(AccessDeniedException.class, () -> fixture.messages.file(noah, group, sent.seq(), 1),
                "who left the group opens none of its files");
    }

    @Test
    void aHiddenMessagesFilesAreForItsAuthorAndCounsellorAndADeletedOneKeepsNone() throws Exception {
        Message sent = fixture.messages.reply(mikkel, group, 0, "Min vagtplan",
                List.of(ChannelMessages.attachable("Vagtplan uge 49.pdf", PDF)));
        assertEquals(List.of("Vagtplan uge 49.pdf", "Vagtplan-uge-49.pdf"),
                List.of(sent.files().get(0).label(), sent.files().get(0).fileName()));

        fixture.moderation.hide(jonas, group, sent.seq(), "Der står telefonnumre på");
        assertEquals(List.of(), fixture.messages.find(noah, group, sent.seq()).orElseThrow().files());
        assertTrue(fixture.messages.file(noah, group, sent.seq(), 1).isEmpty());
        assertTrue(fixture.messages.file(mikkel, group, sent.seq(), 1).isPresent(), "its author still has it");
        assertTrue(fixture.messages.file(jonas, group, sent.seq(), 1).isPresent(), "and who hid it");

        fixture.messages.delete(mikkel, group, sent.seq());
        for (Caller reader : List.of(mikkel, jonas)) {
            assertTrue(fixture.messages.file(reader, group, sent.seq(), 1).isEmpty());
            assertEquals(List.of(), fixture.messages.find(reader, group, sent.seq()).orElseThrow().files());
        }
        boolean kept = running.platform().repository().withServiceSession(session -> session.nodeExists(
                "/messages/" + group + "/m" + sent.seq() + "/files"));
        assertFalse(kept, "the file's content is gone from the repository");
    }

    @Test
    void filesThatAreNotWhatTheySayOrTooManyAreRefusedAndNothingIsSent() throws Exception {
        byte[] program = "MZ\u0090\u0000 not a document".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("dam.refused.type", refusal(() -> ChannelMessages.attachable("opgave.pdf", program)));
        assertEquals("dam.refused.mismatch", refusal(() -> ChannelMessages.attachable("billede.png", PDF)));
        assertEquals("messaging.refused.cprFile", refusal(() -> ChannelMessages.attachable("lønseddel 010203-1234.pdf", PDF)));
        long last = fixture.messages.last(mikkel, group);
        PendingFile one = ChannelMessages.attachable("a.pdf", PDF);
        assertEquals("messaging.refused.tooManyFiles", refusal(() -> fixture.messages.reply(mikkel, group, 0, "Fire filer",
                List.of(one, one, one, one))));
        assertEquals("messaging.refused.empty", refusal(() -> fixture.messages.reply(mikkel, group, 0, " ", List.of())));
        assertEquals("messaging.refused.cpr", refusal(() -> fixture.messages.reply(mikkel, group, 0, "Mit cpr er 010203-1234",
                List.of(one))), "a file does not let the text skip its checks");
        assertEquals(last, fixture.messages.last(mikkel, group), "nothing was sent");

        PendingFile odd = ChannelMessages.attachable("<img src=x onerror=alert(1)>.pdf", PDF);
        assertEquals("<img src=x onerror=alert(1)>.pdf", odd.label(), "shown as text, never as markup");
        assertEquals("-img-src-x-onerror-alert-1-.pdf", odd.fileName(), "and safe in the address");
    }

    private interface Refusable {
        void run() throws Exception;
    }

    private static String refusal(Refusable work) {
        return assertThrows(MessagingRefusedException.class, work::run).reason();
    }

    private static byte[] jpeg(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(11, 93, 122));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** The JPEG with an EXIF block carrying a text, as a phone writes where a photo was taken. */
    private static byte[] withExif(byte[] jpeg, String text) {
        byte[] note = text.getBytes(StandardCharsets.US_ASCII);
        byte[] tiff = ByteBuffer.allocate(8 + 2 + 4 + note.length).put((byte) 'M').put((byte) 'M').putShort((short) 42)
                .putInt(8).putShort((short) 0).putInt(0).put(note).array();
        int length = 2 + 6 + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
