package dk.nextwork.dam.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import dk.nextwork.dam.Asset;
import dk.nextwork.dam.Assets;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.RunningPlatform;

/** An asset's addresses: the file with a year of caching, and 404 for anything else. */
class AssetResourceTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    @Test
    void aVersionedAddressIsCachedForAYearAndOthersAreNotFound() throws Exception {
        Assets assets = new Assets(running.platform().repository(),
                new AuditTrail(running.platform().repository(), running.clock()), running.clock());
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Asset asset = assets.upload(new SignedInUser("e", "e@example.org", "E", Set.of(Role.EDITOR), null, "da"),
                "folder.pdf", pdf, null, null);
        AssetResource resource = new AssetResource();
        resource.assets = assets;

        Response response = resource.file(asset.id(), asset.version(), "original", "folder.pdf");
        assertEquals(200, response.getStatus());
        assertArrayEquals(pdf, (byte[]) response.getEntity());
        assertEquals("application/pdf", response.getMediaType().toString());
        assertEquals("public, max-age=31536000, immutable", response.getHeaderString("Cache-Control"));
        assertEquals("nosniff", response.getHeaderString("X-Content-Type-Options"));

        assertThrows(NotFoundException.class, () -> resource.file(asset.id(), "0123456789abcdef", "original", "folder.pdf"));
        assertThrows(NotFoundException.class, () -> resource.file(asset.id(), asset.version(), "w480", "folder.pdf"));
        assertThrows(NotFoundException.class, () -> resource.file(asset.id(), asset.version(), "original", "other.pdf"));
        assertThrows(NotFoundException.class, () -> resource.file("../system", asset.version(), "original", "folder.pdf"));
    }
}
