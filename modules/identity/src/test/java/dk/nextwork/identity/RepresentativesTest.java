package dk.nextwork.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.platform.testing.RunningPlatform;

/** A company's representatives are its active company_rep accounts, found by the company. */
class RepresentativesTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    @Test
    void aCompanysRepresentativesAreItsActiveRepresentativeAccounts() throws Exception {
        IdentityFixture identity = new IdentityFixture(running.platform(), running.clock());
        identity.directories.add(() -> List.of(new CompanyDirectory.Company("surdejshjoernet", "Surdejshjørnet")));
        assertEquals(List.of("Sara Bech (demo)"), names(identity.accounts.representativesOf("surdejshjoernet")));
        assertEquals(List.of("Kim Thorsen (demo)"), names(identity.accounts.representativesOf("fjordbyens-vaerksted")));
        assertEquals(List.of(), identity.accounts.representativesOf("no-such-company"));

        SignedInUser admin = new SignedInUser("admin-1", "a@example.org", "Drift", Set.of(Role.ADMIN), null, "da");
        UserAccount second = identity.accounts.create(admin, "bo@example.org", "Bo Ravn", Set.of(Role.COMPANY_REP),
                "surdejshjoernet", "da");
        assertEquals(List.of("Bo Ravn", "Sara Bech (demo)"), names(identity.accounts.representativesOf("surdejshjoernet")));
        identity.accounts.setActive(admin, second.id(), false);
        assertEquals(List.of("Sara Bech (demo)"), names(identity.accounts.representativesOf("surdejshjoernet")),
                "an account that is off is nobody's contact");
    }

    @Test
    void theHoldersOfARoleAreItsActiveAccountsFoundByTheRoleIndex() throws Exception {
        IdentityFixture identity = new IdentityFixture(running.platform(), running.clock());
        assertEquals(List.of("Jonas Krogh (demo)"), names(identity.accounts.withRole(Role.COUNSELLOR)));
        SignedInUser admin = new SignedInUser("admin-1", "a@example.org", "Drift", Set.of(Role.ADMIN), null, "da");
        UserAccount aase = identity.accounts.create(admin, "aase@example.org", "Åse Dal", Set.of(Role.COUNSELLOR), null, "da");
        identity.accounts.create(admin, "bo@example.org", "Bo Ravn", Set.of(Role.COUNSELLOR, Role.COORDINATOR), null, "da");
        assertEquals(List.of("Bo Ravn", "Jonas Krogh (demo)", "Åse Dal"), names(identity.accounts.withRole(Role.COUNSELLOR)),
                "in Danish order");
        identity.accounts.setActive(admin, aase.id(), false);
        assertEquals(List.of("Bo Ravn", "Jonas Krogh (demo)"), names(identity.accounts.withRole(Role.COUNSELLOR)));
        boolean indexed = running.platform().repository().withServiceSession(session -> session.nodeExists("/oak:index/accountRoles"));
        assertEquals(true, indexed);
    }

    private static List<String> names(List<UserAccount> accounts) {
        return accounts.stream().map(UserAccount::name).toList();
    }
}
