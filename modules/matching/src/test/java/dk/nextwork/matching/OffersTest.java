package dk.nextwork.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.program.Programme;
import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.ReportingFixture;

/** Offers: opened by the company's representatives or coordinators, within the programme's rules and the company's free seats. */
class OffersTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private MatchingFixture fixture;
    private LocalDate today;

    @BeforeEach
    void wire() {
        fixture = new MatchingFixture(running.platform(), running.clock());
        today = new Programme(running.platform().repository(), running.clock()).today();
    }

    private static OfferTerms terms(LocalDate start, int hours, int weeks, int seats) {
        return new OfferTerms(new Bilingual("Kagebager", "Cake baker"), new Bilingual("Bage kager til caféen.", ""),
                new Bilingual("Bageri og café", "Bakery and café"), "Roskilde midtby", hours, start, weeks, seats,
                new Bilingual("", ""));
    }

    @Test
    void theSeatsAreNeverMoreThanTheCompanysFreeCapacity() throws Exception {
        SignedInUser sara = fixture.user("company@nextwork.example");
        // Surdejshjørnet has room for 2: Emma is placed there, and the demo's morning offer holds the other seat
        MatchingRefusedException full = assertThrows(MatchingRefusedException.class,
                () -> fixture.offers.open(sara, "surdejshjoernet", terms(today.plusWeeks(4), 20, 8, 1)));
        assertEquals("matching.refused.noFreeSeats", full.reason());
        LocalDate later = today.plusWeeks(30);
        MatchingRefusedException tooMany = assertThrows(MatchingRefusedException.class,
                () -> fixture.offers.open(sara, "surdejshjoernet", terms(later, 20, 8, 3)));
        assertEquals("matching.refused.seats", tooMany.reason());
        assertEquals(2, tooMany.values()[1], "both seats are free then");
        Offer opened = fixture.offers.open(sara, "surdejshjoernet", terms(later, 20, 8, 2));
        assertTrue(fixture.offers.openOffers().contains(opened), "young people find it");
        assertEquals(0, fixture.offers.freeSeats("surdejshjoernet", later, later.plusWeeks(8), null), "it holds both seats");
        assertEquals(2, fixture.offers.freeSeats("surdejshjoernet", later, later.plusWeeks(8), opened.id()));
    }

    @Test
    void theProgrammesRulesHoldForAnOffer() throws Exception {
        SignedInUser sara = fixture.user("company@nextwork.example");
        LocalDate later = today.plusWeeks(30);
        assertEquals("matching.refused.hours", assertThrows(MatchingRefusedException.class,
                () -> fixture.offers.open(sara, "surdejshjoernet", terms(later, 14, 8, 1))).reason());
        assertEquals("matching.refused.weeks", assertThrows(MatchingRefusedException.class,
                () -> fixture.offers.open(sara, "surdejshjoernet", terms(later, 20, 5, 1))).reason());
        assertEquals("matching.refused.start", assertThrows(MatchingRefusedException.class,
                () -> fixture.offers.open(sara, "surdejshjoernet", terms(today.minusDays(1), 20, 8, 1))).reason());
        assertEquals("matching.refused.title", assertThrows(MatchingRefusedException.class,
                () -> fixture.offers.open(sara, "surdejshjoernet", new OfferTerms(new Bilingual(" ", ""),
                        new Bilingual("Arbejde", ""), new Bilingual("Bageri", ""), "Roskilde", 20, later, 8, 1, null))).reason());
        // 26 weeks from New Year's Day is a day past 6 months: the placement ends at 6 months
        assertEquals(LocalDate.of(2027, 7, 1), new OfferTerms(null, null, null, "", 20, LocalDate.of(2027, 1, 1), 26, 1, null)
                .plannedEnd());
    }

    @Test
    void onlyTheCompanysRepresentativesAndCoordinatorsActForIt() throws Exception {
        LocalDate later = today.plusWeeks(30);
        assertThrows(AccessDeniedException.class, () -> fixture.offers.open(ReportingFixture.representative("midtvejs-lager"),
                "surdejshjoernet", terms(later, 20, 8, 1)));
        assertThrows(AccessDeniedException.class, () -> fixture.offers.open(fixture.user("youth@nextwork.example"),
                "surdejshjoernet", terms(later, 20, 8, 1)));
        Offer opened = fixture.offers.open(ReportingFixture.COORDINATOR, "surdejshjoernet", terms(later, 20, 8, 1));
        assertThrows(AccessDeniedException.class, () -> fixture.offers.close(ReportingFixture.representative("midtvejs-lager"),
                opened.id()));
        Offer closed = fixture.offers.close(fixture.user("company@nextwork.example"), opened.id());
        assertFalse(closed.open());
        assertFalse(fixture.offers.openOffers().stream().anyMatch(offer -> offer.id().equals(opened.id())));
        assertTrue(fixture.offers.ofCompany(fixture.user("company@nextwork.example"), "surdejshjoernet").contains(closed),
                "the company still sees it, closed");
    }
}
