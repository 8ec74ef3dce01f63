package dk.nextwork.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.platform.testing.RunningPlatform;

/** A representative's company is one the portal's directories know, and people see its name. */
class RepresentedCompaniesTest {

    private static final SignedInUser COORDINATOR = new SignedInUser("c-1", "coordinator@example.org", "Hanne",
            Set.of(Role.COORDINATOR), null, "da");

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private IdentityFixture identity;

    @BeforeEach
    void wire() {
        identity = new IdentityFixture(running.platform(), running.clock());
    }

    private UserAccount representative(String email, String company) throws AccountRefusedException {
        return identity.accounts.create(COORDINATOR, email, "Ny repræsentant", Set.of(Role.COMPANY_REP), company, "da");
    }

    @Test
    void aCompanyNoDirectoryKnowsIsRefusedAndAKnownOneIsKeptByItsId() throws Exception {
        identity.directories.add(() -> List.of(new CompanyDirectory.Company("surdejshjoernet", "Surdejshjørnet"),
                new CompanyDirectory.Company("grenvej-cykler", "Grenvej Cykler")));
        assertEquals("identity.refused.unknownCompany",
                assertThrows(AccountRefusedException.class, () -> representative("ny@example.org", "findes-ikke")).reason());
        assertEquals(Optional.empty(), identity.accounts.findByEmail("ny@example.org"), "nothing is made");

        assertEquals(Optional.of("surdejshjoernet"), representative("ny@example.org", "surdejshjoernet").company());
        assertEquals(Optional.of("Surdejshjørnet"), identity.companies.nameOf("surdejshjoernet"));
        assertEquals(List.of("Grenvej Cykler", "Surdejshjørnet"),
                identity.companies.all().stream().map(CompanyDirectory.Company::name).toList(), "by name");
    }

    @Test
    void withoutAnyDirectoryTheCompanyIsTakenAsGiven() throws Exception {
        assertEquals(Optional.of("eget-firma"), representative("egen@example.org", "eget-firma").company());
    }
}
