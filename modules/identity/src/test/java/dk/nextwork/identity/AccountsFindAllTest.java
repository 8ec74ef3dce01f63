package dk.nextwork.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.platform.testing.RunningPlatform;

/** Many accounts read at once are the accounts read one by one; ids that name none are left out. */
class AccountsFindAllTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    @Test
    void theAccountsOfManyIdsAreThoseFoundOneByOne() throws Exception {
        IdentityFixture identity = new IdentityFixture(running.platform(), running.clock());
        SignedInUser admin = new SignedInUser("admin-1", "a@example.org", "Drift", Set.of(Role.ADMIN), null, "da");
        String off = identity.accounts.create(admin, "bo@example.org", "Bo Ravn", Set.of(Role.YOUTH), null, "da").id();
        identity.accounts.setActive(admin, off, false);
        String mikkel = identity.accounts.findByEmail("youth@nextwork.example").orElseThrow().id();
        List<UserAccount> found = identity.accounts.findAll(Arrays.asList(off, "nobody", mikkel, "../x", null));
        assertEquals(List.of(identity.accounts.find(off).orElseThrow(), identity.accounts.find(mikkel).orElseThrow()),
                found, "in the ids' order; an account that is off is still found, as find finds it");
    }
}
