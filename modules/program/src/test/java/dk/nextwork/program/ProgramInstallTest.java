package dk.nextwork.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.platform.testing.RunningPlatform;

/** The demo programme is dated around the day of the install, by the platform's clock. */
class ProgramInstallTest {

    /** A Wednesday, in Roskilde as in UTC. */
    private static final Instant INSTALLED = Instant.parse("2025-03-12T08:30:00Z");

    @RegisterExtension
    final RunningPlatform running = RunningPlatform.freshInstallAt(INSTALLED);

    @Test
    void theDemoPlacementsEnrolmentsAndMembershipsAreDatedFromTheInstallersDay() throws Exception {
        IdentityFixture identity = new IdentityFixture(running.platform(), running.clock());
        String emma = identity.accounts.findByEmail("emma.friis@nextwork.example").orElseThrow().id();
        Programme programme = new Programme(running.platform().repository(), running.clock());
        Placement placed = programme.placementsOf(emma).get(0);
        assertEquals(LocalDate.of(2025, 2, 19), placed.start(), "three weeks before");
        assertEquals(LocalDate.of(2025, 5, 14), placed.plannedEnd(), "nine weeks after");

        Enrolments enrolments = new Enrolments(running.platform().repository(), identity.accounts, identity.audit,
                running.clock());
        assertEquals(LocalDate.of(2025, 2, 12), enrolments.find(emma).orElseThrow().enrolled(), "four weeks before");
        assertEquals(LocalDate.of(2024, 1, 12), new Companies(running.platform().repository(), identity.audit,
                running.clock()).find("surdejshjoernet").orElseThrow().memberSince(), "fourteen months before");
    }
}
