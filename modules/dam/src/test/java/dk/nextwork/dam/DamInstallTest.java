package dk.nextwork.dam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AuditTrail;
import dk.nextwork.platform.testing.RunningPlatform;

/** The demo library is uploaded at the moment of the install, by the platform's clock. */
class DamInstallTest {

    private static final Instant INSTALLED = Instant.parse("2025-03-12T08:30:00Z");

    @RegisterExtension
    final RunningPlatform running = RunningPlatform.freshInstallAt(INSTALLED);

    @Test
    void theDemoAssetsAreUploadedAtTheInstallersMoment() throws Exception {
        List<Asset> demo = new Assets(running.platform().repository(),
                new AuditTrail(running.platform().repository(), running.clock()), running.clock()).all();
        assertEquals(3, demo.size());
        for (Asset asset : demo) {
            assertEquals(INSTALLED, asset.uploaded(), asset.fileName());
        }
    }
}
