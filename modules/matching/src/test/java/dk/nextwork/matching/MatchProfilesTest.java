package dk.nextwork.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.reporting.ReportingFixture;

/**
 * The young person's match profile: a birth month the card shows only as an age, and the choice
 * to let the companies on their list follow their development while the round is open.
 */
class MatchProfilesTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private MatchingFixture fixture;
    private LocalDate today;
    private Caller sara;
    private String laura;
    private String sofie;
    private String mikkel;
    private String bakery;

    @BeforeEach
    void wire() throws Exception {
        fixture = new MatchingFixture(running.platform(), running.clock());
        today = PortalTime.today(running.clock());
        sara = fixture.caller("company@nextwork.example");
        laura = fixture.user("laura.nielsen@nextwork.example").id();
        sofie = fixture.user("sofie.ahmadi@nextwork.example").id();
        mikkel = fixture.user("youth@nextwork.example").id();
        bakery = fixture.offers.openOffers().stream().filter(offer -> offer.company().equals("surdejshjoernet")).findFirst()
                .orElseThrow().id();
    }

    private Map<String, MatchCard> bakeryCards() throws Exception {
        return fixture.companySay.candidates(sara, bakery).stream()
                .collect(Collectors.toMap(MatchCard::youngPerson, card -> card));
    }

    @Test
    void theCardShowsTheAgeFromTheBirthMonthAndWhetherTheDevelopmentIsShared() throws Exception {
        Map<String, MatchCard> cards = bakeryCards();
        assertEquals(OptionalInt.of(22), cards.get(laura).age(), "the demo's Laura");
        assertTrue(cards.get(laura).developmentShared());
        assertEquals(OptionalInt.of(19), cards.get(sofie).age());
        assertFalse(cards.get(sofie).developmentShared());

        Caller sofieHerself = fixture.caller("sofie.ahmadi@nextwork.example");
        fixture.profiles.save(sofieHerself, sofie, Optional.empty(), true);
        assertEquals(OptionalInt.empty(), bakeryCards().get(sofie).age(), "she took her birth month back");
        assertTrue(bakeryCards().get(sofie).developmentShared());
        assertTrue(fixture.programme.identity.audit.about(sofie, 20).stream()
                .anyMatch(entry -> entry.action().equals("matching.profile.save")), "the change is in her trail");
    }

    @Test
    void theAgeCountsFromTheBirthMonth() {
        MatchProfile born = new MatchProfile("x", Optional.of(YearMonth.of(2006, 5)), false);
        assertEquals(OptionalInt.of(19), born.ageOn(LocalDate.of(2026, 4, 30)));
        assertEquals(OptionalInt.of(20), born.ageOn(LocalDate.of(2026, 5, 1)), "in the month itself the birthday counts");
        assertEquals(OptionalInt.empty(), MatchProfile.empty("x").ageOn(LocalDate.of(2026, 5, 1)));
    }

    @Test
    void aBirthMonthThatGivesNoPlausibleAgeIsRefusedAndChangesNothing() throws Exception {
        Caller him = fixture.caller("youth@nextwork.example");
        YearMonth now = YearMonth.from(today);
        fixture.profiles.save(him, mikkel, Optional.of(now.minusYears(20)), false);
        assertEquals("matching.refused.bornAhead", assertThrows(MatchingRefusedException.class,
                () -> fixture.profiles.save(him, mikkel, Optional.of(now.plusMonths(1)), true)).reason());
        assertEquals("matching.refused.age", assertThrows(MatchingRefusedException.class,
                () -> fixture.profiles.save(him, mikkel, Optional.of(now.minusYears(MatchProfile.YOUNGEST).plusMonths(1)), true))
                .reason(), "14 years old");
        assertEquals("matching.refused.age", assertThrows(MatchingRefusedException.class,
                () -> fixture.profiles.save(him, mikkel, Optional.of(now.minusYears(MatchProfile.OLDEST + 1)), true)).reason());
        assertEquals(new MatchProfile(mikkel, Optional.of(now.minusYears(20)), false), fixture.profiles.of(him, mikkel));
        assertEquals(today.getYear() - MatchProfile.YOUNGEST, fixture.profiles.birthYears().get(0));
    }

    @Test
    void theYoungPersonAndTheirHelpersMayChangeItNoOneElse() throws Exception {
        Caller jonas = fixture.caller("counsellor@nextwork.example");
        fixture.profiles.save(jonas, mikkel, Optional.of(YearMonth.from(today).minusYears(21)), true);
        assertTrue(fixture.profiles.of(fixture.caller("youth@nextwork.example"), mikkel).sharesDevelopment(),
                "his counsellor helped");
        assertTrue(fixture.programme.identity.audit.about(mikkel, 20).stream().anyMatch(entry ->
                entry.action().equals("matching.profile.save") && entry.actor().equals(jonas.userId())), "with Jonas's name");
        assertThrows(AccessDeniedException.class, () -> fixture.profiles.of(sara, mikkel));
        assertThrows(AccessDeniedException.class, () -> fixture.profiles.save(sara, mikkel, Optional.empty(), false));
        assertThrows(AccessDeniedException.class, () -> fixture.profiles.save(fixture.caller("sofie.ahmadi@nextwork.example"),
                mikkel, Optional.empty(), false), "another young person");
    }

    @Test
    void theCompaniesOnASharingYoungPersonsListFollowTheirDevelopmentWhileTheRoundIsOpen() throws Exception {
        SignedInUser rep = sara.user();
        assertTrue(fixture.sharedDevelopment.followsCourse(rep, laura), "Laura shares, and the bakery is on her list");
        assertFalse(fixture.sharedDevelopment.followsCourse(rep, sofie), "Sofie does not share");
        assertFalse(fixture.sharedDevelopment.followsCourse(ReportingFixture.representative("planteskolen-laerkereden"), laura),
                "the nursery is not on Laura's list");
        assertFalse(fixture.sharedDevelopment.followsCourse(fixture.user("counsellor@nextwork.example"), laura),
                "only companies follow through sharing");
        assertEquals(Set.of(laura), fixture.sharedDevelopment.youngPeopleWhoseCourseIsFollowedBy(rep));
        assertFalse(fixture.sharedDevelopment.worksWith(rep, laura));

        assertEquals(laura, fixture.scores.history(sara, laura).youngPerson(), "her development, for the bakery");
        assertTrue(fixture.programme.identity.audit.about(laura, 20).stream().anyMatch(entry ->
                entry.action().equals("person.course.read") && entry.actor().equals(rep.id())), "audited in her trail");
        assertFalse(fixture.access.maySee(rep, fixture.programme.identity.accounts.find(laura).orElseThrow()),
                "sharing the development never opens her personal details");
        assertThrows(AccessDeniedException.class, () -> fixture.scores.history(sara, sofie));

        fixture.profiles.save(fixture.caller("laura.nielsen@nextwork.example"), laura, Optional.empty(), false);
        assertFalse(fixture.sharedDevelopment.followsCourse(rep, laura), "she stopped sharing");
        assertThrows(AccessDeniedException.class, () -> fixture.scores.history(sara, laura));
    }

    @Test
    void sharingEndsWhenTheRoundHasRun() throws Exception {
        MatchingFixture later = fixture.at(Clock.offset(running.clock(), Duration.ofDays(11)));
        later.rounds.run(ReportingFixture.COORDINATOR, fixture.rounds.current().orElseThrow().id());
        assertFalse(fixture.sharedDevelopment.followsCourse(sara.user(), laura));
        assertEquals(Set.of(), fixture.sharedDevelopment.youngPeopleWhoseCourseIsFollowedBy(sara.user()));
        assertEquals(List.of(), fixture.companySay.candidates(sara, bakery), "and with it the candidates");
    }
}
