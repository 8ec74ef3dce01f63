package dk.nextwork.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.platform.testing.RunningPlatform;

/** A young person's list in the open round: theirs to make until the deadline, their counsellor's to help with, audited. */
class WishesTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private MatchingFixture fixture;
    private String mikkel;
    private List<Offer> open;

    @BeforeEach
    void wire() throws Exception {
        fixture = new MatchingFixture(running.platform(), running.clock());
        mikkel = fixture.user("youth@nextwork.example").id();
        open = fixture.offers.openOffers();
    }

    private List<Wish> wishes(int count) {
        List<Wish> wishes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            wishes.add(new Wish(open.get(i).id(), i == 0 ? "Det lyder spændende." : ""));
        }
        return wishes;
    }

    @Test
    void theYoungPersonRanksUpToEightAndChangesTheListUntilTheDeadline() throws Exception {
        Caller own = fixture.caller("youth@nextwork.example");
        assertEquals(2, fixture.wishes.list(own, mikkel).orElseThrow().wishes().size(), "the demo's two wishes");
        assertTrue(fixture.wishes.list(own, mikkel).orElseThrow().isShort());
        WishList saved = fixture.wishes.save(own, mikkel, wishes(3));
        assertEquals(wishes(3), saved.wishes());
        assertEquals(mikkel, saved.changedBy().orElseThrow());
        List<Wish> twice = new ArrayList<>(wishes(2));
        twice.add(twice.get(0));
        assertEquals("matching.refused.wishTwice", assertThrows(MatchingRefusedException.class,
                () -> fixture.wishes.save(own, mikkel, twice)).reason());
        List<Wish> nine = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(new Wish("offer-" + i, ""));
        }
        assertEquals("matching.refused.tooManyWishes", assertThrows(MatchingRefusedException.class,
                () -> fixture.wishes.save(own, mikkel, nine)).reason());
        assertEquals("matching.refused.offerClosed", assertThrows(MatchingRefusedException.class,
                () -> fixture.wishes.save(own, mikkel, List.of(new Wish("midtvejs-lager-demo-foraar", "")))).reason(),
                "an offer of the finished round is closed");
        assertEquals(wishes(3), fixture.wishes.list(own, mikkel).orElseThrow().wishes(), "a refused list changed nothing");
        MatchingFixture afterDeadline = fixture.at(Clock.offset(running.clock(), Duration.ofDays(7)));
        assertEquals("matching.refused.listsClosed", assertThrows(MatchingRefusedException.class,
                () -> afterDeadline.wishes.save(own, mikkel, wishes(1))).reason());
    }

    @Test
    void theCounsellorHelpsWithTheirNameOnTheChangeAndOthersSeeNothing() throws Exception {
        Caller jonas = fixture.caller("counsellor@nextwork.example");
        WishList helped = fixture.wishes.save(jonas, mikkel, wishes(4));
        assertEquals(jonas.user().id(), helped.changedBy().orElseThrow());
        assertTrue(fixture.programme.identity.audit.about(mikkel, 50).stream().anyMatch(entry ->
                entry.action().equals("matching.wishes.save") && entry.actor().equals(jonas.user().id())));
        assertThrows(AccessDeniedException.class, () -> fixture.wishes.list(fixture.caller("company@nextwork.example"), mikkel));
        assertThrows(AccessDeniedException.class, () -> fixture.wishes.save(fixture.caller("emma.friis@nextwork.example"),
                mikkel, wishes(1)), "another young person");
    }
}
