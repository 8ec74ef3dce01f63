package dk.nextwork.program.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.CompanyDirectory;
import dk.nextwork.identity.RepresentedCompanies;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.program.Companies;

/** The companies a representative can be given are the network's companies, named as registered. */
class NetworkCompanyDirectoryTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    @Test
    void theDirectoryListsTheNetworksCompaniesByName() {
        Companies companies = new Companies(running.platform().repository(),
                new AuditTrail(running.platform().repository(), running.clock()), running.clock());
        List<CompanyDirectory.Company> listed = new NetworkCompanyDirectory(companies).companies();
        assertEquals(companies.all().size(), listed.size());
        assertTrue(listed.contains(new CompanyDirectory.Company("surdejshjoernet", "Surdejshjørnet")), listed.toString());
        assertEquals("Surdejshjørnet",
                new RepresentedCompanies(List.of(new NetworkCompanyDirectory(companies))).nameOf("surdejshjoernet").orElseThrow());
    }
}
