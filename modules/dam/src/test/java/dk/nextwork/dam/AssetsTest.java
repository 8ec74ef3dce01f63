package dk.nextwork.dam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.dam.internal.Renditions;
import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.RunningPlatform;

/** Uploading to the DAM: a real image, an oversize file, a renamed executable, a PDF; renditions; usage. */
public class AssetsTest {

    private static final SignedInUser EDITOR = new SignedInUser("editor1", "editor@example.org", "Editor",
            Set.of(Role.EDITOR), null, "da");

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private Assets assets;

    @BeforeEach
    void wire() {
        assets = new Assets(running.platform().repository(),
                new AuditTrail(running.platform().repository(), running.clock()), running.clock());
    }

    public static byte[] image(int width, int height, String format) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(11, 93, 122));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void anImageIsKeptWithItsTextAlternativeAndRenditionsNoLargerThanItself() throws Exception {
        byte[] photo = image(1200, 800, "jpeg");
        Asset asset = assets.upload(EDITOR, "Værkstedet i Roskilde.jpg", photo, "To unge ved en høvlebænk", "Two young people at a workbench");
        assertEquals("V-rkstedet-i-Roskilde.jpg", asset.fileName());
        assertEquals(AssetType.JPEG, asset.type());
        assertEquals(1200, asset.width());
        assertEquals(List.of(480, 960), asset.renditions(), "no rendition wider than the original");
        assertArrayEquals(photo, assets.file(asset.id(), asset.version(), "original").orElseThrow().bytes());
        BufferedImage small = Renditions.read(assets.file(asset.id(), asset.version(), "w480").orElseThrow().bytes());
        assertEquals(480, small.getWidth());
        assertEquals(320, small.getHeight());
        assertTrue(assets.file(asset.id(), "0000000000000000", "original").isEmpty(), "another version's address");
        assertEquals("/dam/" + asset.id() + "/" + asset.version() + "/w960/V-rkstedet-i-Roskilde.jpg", Assets.url(asset, 700));
        assertEquals("/dam/" + asset.id() + "/" + asset.version() + "/original/V-rkstedet-i-Roskilde.jpg", Assets.url(asset, 1100));
    }

    @Test
    void anUploadIsDatedByTheLibrarysClock() throws Exception {
        Instant then = Instant.parse("2026-12-01T07:16:00Z");
        Clock library = Clock.fixed(then, ZoneOffset.UTC);
        Assets dated = new Assets(running.platform().repository(),
                new AuditTrail(running.platform().repository(), library), library);
        Asset asset = dated.upload(EDITOR, "aftale.pdf", PDF, null, null);
        assertEquals(then, asset.uploaded());
        assertEquals(then, assets.find(asset.id()).orElseThrow().uploaded());
    }

    @Test
    void theDemoLibraryHasTwoIllustrationsAndAnExamplePdf() throws Exception {
        List<Asset> demo = assets.all();
        assertEquals(Set.of("netvaerksmoede.png", "vaerkstedet.jpg", "praktikaftale-eksempel.pdf"),
                Set.copyOf(demo.stream().map(Asset::fileName).toList()));
        for (Asset asset : demo) {
            assertEquals(asset.type().isImage() ? List.of(480, 960) : List.of(), asset.renditions(), asset.fileName());
            assertTrue(!asset.type().isImage() || asset.alt() != null);
        }
    }

    @Test
    void anImageWithoutATextAlternativeIsRefused() throws Exception {
        int before = assets.all().size();
        AssetRejectedException refused = assertThrows(AssetRejectedException.class,
                () -> assets.upload(EDITOR, "logo.png", image(200, 100, "png"), " ", null));
        assertEquals("dam.refused.alt", refused.reason());
        assertEquals(before, assets.all().size(), "nothing was kept");
    }

    @Test
    void anOversizeFileIsRefused() throws Exception {
        byte[] big = new byte[(int) Assets.MAX_IMAGE_BYTES + 1];
        byte[] png = image(10, 10, "png");
        System.arraycopy(png, 0, big, 0, png.length);
        AssetRejectedException refused = assertThrows(AssetRejectedException.class,
                () -> assets.upload(EDITOR, "stor.png", big, "Stort billede", null));
        assertEquals("dam.refused.tooLarge", refused.reason());
        assertEquals(10L, refused.values()[0]);
    }

    @Test
    void aRenamedExecutableIsRefusedForWhatItIs() throws Exception {
        int before = assets.all().size();
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertEquals("dam.refused.type", assertThrows(AssetRejectedException.class,
                () -> assets.upload(EDITOR, "ferie.png", elf, "Et billede", null)).reason());
        assertEquals("dam.refused.type", assertThrows(AssetRejectedException.class,
                () -> assets.upload(EDITOR, "setup.exe", elf, null, null)).reason());
        AssetRejectedException mismatch = assertThrows(AssetRejectedException.class,
                () -> assets.upload(EDITOR, "billede.jpg", PDF, "Et billede", null));
        assertEquals("dam.refused.mismatch", mismatch.reason(), "a PDF named .jpg");
        assertEquals(before, assets.all().size());
    }

    @Test
    void aPdfIsKeptWithoutRenditions() throws Exception {
        Asset pdf = assets.upload(EDITOR, "praktikaftale.pdf", PDF, null, null);
        assertEquals(AssetType.PDF, pdf.type());
        assertEquals(List.of(), pdf.renditions());
        assertEquals("application/pdf", assets.file(pdf.id(), pdf.version(), "original").orElseThrow().mimeType());
    }

    @Test
    void onlyEditorsUploadAndDelete() throws Exception {
        SignedInUser youth = new SignedInUser("y", "y@example.org", "Y", Set.of(Role.YOUTH), null, "da");
        assertThrows(AccessDeniedException.class, () -> assets.upload(youth, "a.pdf", PDF, null, null));
        Asset pdf = assets.upload(EDITOR, "a.pdf", PDF, null, null);
        assertThrows(AccessDeniedException.class, () -> assets.delete(youth, pdf.id()));
    }

    @Test
    void anAssetInUseIsListedWithItsUsesAndCannotBeDeleted() throws Exception {
        Asset photo = assets.upload(EDITOR, "hold.png", image(800, 600, "png"), "Holdet samlet", null);
        running.platform().repository().withServiceSession(session -> {
            // the site module owns /website and is not part of the DAM's tests; the page type's definition makes it
            var website = session.nodeExists("/website") ? session.getNode("/website")
                    : session.getRootNode().addNode("website", "nt:unstructured");
            var component = website.addNode("holdbillede", "nt:unstructured");
            component.setProperty("contentType", "image");
            component.setProperty("image", photo.reference());
            component.setProperty("alt", "Holdet samlet");
            component.setProperty("published", true);
            session.save();
            return null;
        });
        assertEquals(List.of("/website/holdbillede"), assets.usages(photo.id()));
        assertEquals("dam.refused.inUse", assertThrows(AssetRejectedException.class,
                () -> assets.delete(EDITOR, photo.id())).reason());
        running.platform().repository().withServiceSession(session -> {
            session.getNode("/website/holdbillede").remove();
            session.save();
            return null;
        });
        assets.delete(EDITOR, photo.id());
        assertTrue(assets.find(photo.id()).isEmpty());
    }
}
