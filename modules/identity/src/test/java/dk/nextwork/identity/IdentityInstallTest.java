package dk.nextwork.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.internal.AccountStore;
import dk.nextwork.platform.testing.RunningPlatform;

/** The first accounts are created at the moment of the install, by the platform's clock. */
class IdentityInstallTest {

    private static final Instant INSTALLED = Instant.parse("2025-03-12T08:30:00Z");

    @RegisterExtension
    final RunningPlatform running = RunningPlatform.freshInstallAt(INSTALLED);

    @Test
    void theDemoAccountsAreCreatedAtTheInstallersMoment() throws Exception {
        AccountStore store = new AccountStore(running.platform().repository(), running.clock());
        assertEquals(14, store.all().size(), "one per role, seven more young people and the workshop's representative");
        for (UserAccount account : store.all()) {
            assertEquals(INSTALLED, account.created(), account.email());
        }
    }
}
