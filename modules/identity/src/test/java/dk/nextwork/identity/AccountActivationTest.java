package dk.nextwork.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.platform.repository.RepositoryFailure;
import dk.nextwork.platform.testing.RunningPlatform;

/** Turning an account off or on: what another module keeps in step with it is saved in the same save, or not at all. */
class AccountActivationTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private static final SignedInUser ADMIN = new SignedInUser("admin-1", "a@example.org", "Drift", Set.of(Role.ADMIN), null,
            "da");

    @Test
    void whatAnotherModuleWritesIsSavedWithTheAccountAndItHearsOfItAfterwards() throws Exception {
        IdentityFixture identity = new IdentityFixture(running.platform(), running.clock());
        List<String> heard = new ArrayList<>();
        identity.activations.add(new AccountActivation() {
            @Override
            public void changing(Session session, String accountId, boolean active) throws RepositoryException {
                session.getNode("/system").setProperty("kept-" + accountId, active);
            }

            @Override
            public void changed(String accountId, boolean active) {
                heard.add(accountId + " " + active);
            }
        });
        String emma = identity.accounts.findByEmail("emma.friis@nextwork.example").orElseThrow().id();

        identity.accounts.setActive(ADMIN, emma, false);
        assertFalse(identity.accounts.find(emma).orElseThrow().active());
        assertEquals(Boolean.FALSE, kept(identity, emma));
        assertEquals(List.of(emma + " false"), heard);

        identity.accounts.setActive(ADMIN, emma, true);
        assertEquals(Boolean.TRUE, kept(identity, emma));
        assertEquals(List.of(emma + " false", emma + " true"), heard);
    }

    @Test
    void whenTheOtherModulesPartFailsTheAccountIsNotChanged() throws Exception {
        IdentityFixture identity = new IdentityFixture(running.platform(), running.clock());
        identity.activations.add((session, accountId, active) -> {
            throw new RepositoryException("the other module's tree is missing");
        });
        String emma = identity.accounts.findByEmail("emma.friis@nextwork.example").orElseThrow().id();
        assertThrows(RepositoryFailure.class, () -> identity.accounts.setActive(ADMIN, emma, false));
        assertTrue(identity.accounts.find(emma).orElseThrow().active(), "nothing saved");
    }

    @Test
    void onlyAnActiveYoungPersonsAccountCountsAsOne() throws Exception {
        IdentityFixture identity = new IdentityFixture(running.platform(), running.clock());
        String emma = identity.accounts.findByEmail("emma.friis@nextwork.example").orElseThrow().id();
        String counsellor = identity.accounts.findByEmail("counsellor@nextwork.example").orElseThrow().id();
        assertTrue(activeYoungPerson(identity, emma));
        assertFalse(activeYoungPerson(identity, counsellor), "not a young person");
        assertFalse(activeYoungPerson(identity, "nosuchaccount"));
        identity.accounts.setActive(ADMIN, emma, false);
        assertFalse(activeYoungPerson(identity, emma), "turned off");
    }

    private static Boolean kept(IdentityFixture identity, String id) {
        return identity.platform.repository().withServiceSession(session -> session.getNode("/system").hasProperty("kept-" + id)
                ? session.getNode("/system").getProperty("kept-" + id).getBoolean() : null);
    }

    private static boolean activeYoungPerson(IdentityFixture identity, String id) {
        return identity.platform.repository().withServiceSession(session -> Accounts.isActiveYoungPerson(session, id));
    }
}
