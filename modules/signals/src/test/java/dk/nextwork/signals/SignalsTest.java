package dk.nextwork.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.AuditEntry;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.reporting.ReportingFixture;

/**
 * Detection over the demo, who sees which signal, acting on them and what stays. The demo has one
 * of each kind: Emma (Surdejshjørnet, in no group) her last two weekly reports and the
 * representative's concern; in Jonas's Tuesday group Oliver rising absence and a falling
 * readiness for work, Ali a new high, Mikkel his chosen area up since the conversation.
 */
class SignalsTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private SignalsFixture fixture;
    private Signals signals;
    private String emma;
    private String oliver;
    private String ali;
    private String mikkel;
    private String noah;
    private SignedInUser jonas;
    private SignedInUser bakery;

    @BeforeEach
    void detect() throws Exception {
        fixture = new SignalsFixture(running.platform(), running.clock());
        signals = fixture.signals;
        emma = fixture.id("emma.friis@nextwork.example");
        oliver = fixture.id("oliver.jensen@nextwork.example");
        ali = fixture.id("ali.demir@nextwork.example");
        mikkel = fixture.id("youth@nextwork.example");
        noah = fixture.id("noah.vestergaard@nextwork.example");
        jonas = fixture.user("counsellor@nextwork.example");
        bakery = fixture.user("company@nextwork.example");
        signals.detect(signals.today());
    }

    private static Caller as(SignedInUser user) {
        return SignalsFixture.caller(user);
    }

    private static Set<SignalKind> kinds(List<Signal> shown) {
        return shown.stream().map(Signal::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(SignalKind.class)));
    }

    private Signal only(String youngPerson, SignalKind kind) {
        List<Signal> found = signals.open(as(ReportingFixture.COORDINATOR), youngPerson).stream()
                .filter(signal -> signal.kind() == kind).toList();
        assertEquals(1, found.size(), kind + " " + found);
        return found.get(0);
    }

    @Test
    void theOverviewsPageHoldsTheFirstOpenSignalsCountsAllAndAuditsOnlyThoseOnIt() {
        Caller coordinator = as(ReportingFixture.COORDINATOR);
        List<String> asked = List.of(emma, oliver, ali, mikkel, noah);
        List<Signal> all = signals.open(coordinator, asked).values().stream().flatMap(List::stream).toList();
        assertTrue(all.size() >= 6, "the demo's signals: " + all);

        SignalPage everything = signals.openPage(coordinator, asked, 100);
        assertEquals(all.size(), everything.total());
        assertEquals(Set.copyOf(all), Set.copyOf(everything.shown()), "the same signals as asked one by one");
        assertTrue(everything.shown().get(0).kind().positive(), "good news first");

        SignalPage two = signals.openPage(coordinator, asked, 2);
        assertEquals(all.size(), two.total(), "the count is of all");
        assertEquals(everything.shown().subList(0, 2), two.shown(), "the first in the order shown");
        assertEquals(all.size() - 2, two.more());

        SignalPage withoutEmma = signals.openPage(coordinator, List.of(oliver, ali, mikkel, noah), 100);
        assertTrue(withoutEmma.shown().stream().noneMatch(signal -> signal.youngPerson().equals(emma)),
                "only the young people asked about");

        long emmasBefore = startViewReads(emma);
        signals.openPage(coordinator, List.of(emma), 0);
        assertEquals(emmasBefore, startViewReads(emma), "not on the page, so not read");
        signals.openPage(coordinator, List.of(emma), 1);
        assertEquals(emmasBefore + 1, startViewReads(emma), "on the page, so in her trail");
    }

    @Test
    void theOverviewsPageCanPickItsYoungPeopleFromThoseWithOpenSignals() {
        Caller coordinator = as(ReportingFixture.COORDINATOR);
        List<String> asked = List.of(oliver, ali, mikkel, noah);
        Set<Set<String>> offered = new java.util.HashSet<>();
        SignalPage picked = signals.openPage(coordinator, having -> {
            offered.add(Set.copyOf(having));
            return having.stream().filter(asked::contains).collect(Collectors.toSet());
        }, 3);
        assertEquals(signals.openPage(coordinator, asked, 3), picked, "the same page as naming them");
        Set<String> having = offered.iterator().next();
        assertTrue(having.containsAll(Set.of(emma, oliver)), "offered the young people with open signals: " + having);
        assertTrue(having.stream().allMatch(person -> !signals.open(coordinator, person).isEmpty()),
                "and only those: " + having);
        assertEquals(signals.openPage(coordinator, having, 100), signals.openPage(coordinator, all -> all, 100));
    }

    @Test
    void aSignalActedOnLeavesTheOverviewsPageAndItsCountAndANewOneJoinsThem() throws Exception {
        Caller coordinator = as(ReportingFixture.COORDINATOR);
        SignalPage before = signals.openPage(coordinator, all -> all, 100);
        Signal first = before.shown().get(0);
        signals.act(coordinator, first.youngPerson(), first.id(), SignalAction.TALKED, "");
        SignalPage after = signals.openPage(coordinator, all -> all, 100);
        assertEquals(before.total() - 1, after.total());
        assertTrue(after.shown().stream().noneMatch(signal -> signal.id().equals(first.id())), "acted on: not open");

        Signal concern = signals.flagConcern(as(jonas), ali, "Ali virker stille i gruppen for tiden.");
        SignalPage raised = signals.openPage(coordinator, all -> all, 100);
        assertEquals(after.total() + 1, raised.total());
        assertTrue(raised.shown().contains(concern), "a concern raised now is open at once");
    }

    private long startViewReads(String youngPerson) {
        return fixture.reporting.identity.audit.about(youngPerson, 500).stream()
                .filter(entry -> entry.action().equals("signals.read") && "start view".equals(entry.detail())).count();
    }

    @Test
    void detectionOverTheDemoRaisesEachKindWithWhatItRestsOn() {
        assertEquals(EnumSet.of(SignalKind.REPORTS_MISSING, SignalKind.CONCERN), kinds(signals.open(as(ReportingFixture.COORDINATOR), emma)));
        assertEquals(EnumSet.of(SignalKind.ABSENCE_RISING, SignalKind.DIMENSION_FALLING),
                kinds(signals.open(as(ReportingFixture.COORDINATOR), oliver)));
        assertEquals(List.of(2, 4, 7), only(oliver, SignalKind.ABSENCE_RISING).values());
        Signal falling = only(oliver, SignalKind.DIMENSION_FALLING);
        assertEquals(List.of(75, 50, 25), falling.values());
        assertEquals("Arbejdsegnethed", falling.about().orElseThrow().da());
        assertEquals(3, falling.periods().size());
        Signal high = only(ali, SignalKind.NEW_HIGH);
        assertEquals(100, high.values().get(1));
        assertTrue(high.values().get(0) < 100);
        Signal focus = only(mikkel, SignalKind.FOCUS_UP);
        assertEquals(List.of(50, 75), focus.values());
        assertEquals("vedholdenhed", focus.target().orElseThrow());
        Signal missing = only(emma, SignalKind.REPORTS_MISSING);
        assertEquals(2, missing.periods().size());
        assertEquals(missing.periods().get(0).next(), missing.periods().get(1));
        assertEquals(signals.today(), missing.raised());
        assertTrue(only(emma, SignalKind.CONCERN).reason().orElseThrow().contains("træt"));
    }

    @Test
    void detectionIsIdempotentAndRaisesNothingTwice() {
        Map<String, List<Signal>> before = signals.open(as(ReportingFixture.COORDINATOR), List.of(emma, oliver, ali, mikkel, noah));
        assertEquals(0, signals.detect(signals.today()));
        assertEquals(before, signals.open(as(ReportingFixture.COORDINATOR), List.of(emma, oliver, ali, mikkel, noah)));
    }

    @Test
    void eachSeesOnlyWhatIsTheirs() throws Exception {
        // the young person: all of their own, and nobody else's
        assertEquals(EnumSet.of(SignalKind.ABSENCE_RISING, SignalKind.DIMENSION_FALLING),
                kinds(signals.open(as(fixture.user("oliver.jensen@nextwork.example")), oliver)));
        assertEquals(EnumSet.of(SignalKind.REPORTS_MISSING, SignalKind.CONCERN),
                kinds(signals.open(as(fixture.user("emma.friis@nextwork.example")), emma)));
        assertTrue(signals.open(as(fixture.user("emma.friis@nextwork.example")), oliver).isEmpty());
        // the counsellor: all of their group's, none of the others'
        assertEquals(EnumSet.of(SignalKind.ABSENCE_RISING, SignalKind.DIMENSION_FALLING), kinds(signals.open(as(jonas), oliver)));
        assertEquals(EnumSet.of(SignalKind.NEW_HIGH), kinds(signals.open(as(jonas), ali)));
        assertTrue(signals.open(as(jonas), emma).isEmpty(), "Emma is in none of Jonas's groups");
        // the representative of the current placement: the concerns their company raised and the positive ones
        assertEquals(EnumSet.of(SignalKind.CONCERN), kinds(signals.open(as(bakery), emma)));
        assertEquals(EnumSet.of(SignalKind.NEW_HIGH), kinds(signals.open(as(ReportingFixture.representative("hyldebaer-supermarked")), ali)));
        assertTrue(signals.open(as(ReportingFixture.representative("stempel-og-skrue")), oliver).isEmpty(),
                "Oliver's watch signals are not his company's to see");
        assertTrue(kinds(signals.open(as(ReportingFixture.representative("fjordbyens-vaerksted")), mikkel)).contains(SignalKind.FOCUS_UP));
        // nobody else
        assertTrue(signals.open(as(bakery), noah).isEmpty(), "a company Noah has left");
        assertTrue(signals.open(as(ReportingFixture.representative("midtvejs-lager")), emma).isEmpty());
        for (Role role : List.of(Role.EDITOR, Role.ADMIN, Role.COUNSELLOR)) {
            SignedInUser other = new SignedInUser("other-" + role.id(), role.id() + "@example.org", "Anden", Set.of(role), null, "da");
            for (String youngPerson : List.of(emma, oliver, ali, mikkel)) {
                assertTrue(signals.open(as(other), youngPerson).isEmpty(), role + " " + youngPerson);
                assertTrue(signals.history(as(other), youngPerson).isEmpty(), role + " " + youngPerson);
            }
            assertTrue(signals.open(as(other), List.of(emma, oliver, ali, mikkel)).isEmpty(), role.id());
        }
        // the record with what was done: the young person and those who act, not the company
        assertTrue(signals.history(as(bakery), emma).isEmpty());
        assertEquals(2, signals.history(as(jonas), oliver).size());
    }

    @Test
    void aStartViewGetsOnlyTheYoungPeopleTheCallerMaySeeAndEachIsAudited() {
        Map<String, List<Signal>> shown = signals.open(as(jonas), List.of(mikkel, emma, oliver, ali));
        assertEquals(List.of(mikkel, oliver, ali), List.copyOf(shown.keySet()));
        assertEquals(EnumSet.of(SignalKind.ABSENCE_RISING, SignalKind.DIMENSION_FALLING), kinds(shown.get(oliver)));
        assertTrue(read(oliver, jonas.id()));
        assertFalse(read(emma, jonas.id()), "Emma was not shown, so her trail says nothing of it");
        signals.open(as(bakery), emma);
        assertTrue(read(emma, bakery.id()));
    }

    private boolean read(String youngPerson, String by) {
        return fixture.reporting.identity.audit.about(youngPerson, 200).stream()
                .anyMatch((AuditEntry entry) -> entry.action().equals("signals.read") && by.equals(entry.actor()));
    }

    @Test
    void positiveSignalsComeFirst() throws Exception {
        SignedInUser bakeryRep = bakery;
        signals.flagConcern(as(jonas), ali, "Ali virker stille i gruppen for tiden.");
        List<Signal> shown = signals.open(as(jonas), ali);
        assertEquals(List.of(SignalKind.NEW_HIGH, SignalKind.CONCERN), shown.stream().map(Signal::kind).toList());
        assertTrue(signals.open(as(bakeryRep), ali).isEmpty());
    }

    @Test
    void actingRecordsWhatWasDoneAndClearsTheSignalFromOpenButNotFromTheRecord() throws Exception {
        Signal absence = only(oliver, SignalKind.ABSENCE_RISING);
        Signal acted = signals.act(as(jonas), oliver, absence.id(), SignalAction.TALKED, "  Vi tog en snak efter gruppen.  ");
        assertFalse(acted.isOpen());
        assertEquals(SignalAction.TALKED, acted.acted().orElseThrow().action());
        assertEquals("Vi tog en snak efter gruppen.", acted.acted().orElseThrow().note());
        assertEquals(jonas.id(), acted.acted().orElseThrow().by());
        assertEquals(running.clock().instant(), acted.acted().orElseThrow().at());
        assertEquals(EnumSet.of(SignalKind.DIMENSION_FALLING), kinds(signals.open(as(jonas), oliver)));
        assertEquals(EnumSet.of(SignalKind.DIMENSION_FALLING),
                kinds(signals.open(as(fixture.user("oliver.jensen@nextwork.example")), oliver)));
        assertTrue(signals.history(as(jonas), oliver).stream().anyMatch(signal -> signal.id().equals(absence.id()) && !signal.isOpen()));
        assertEquals(0, signals.detect(signals.today()), "the same situation is not raised again once acted on");
        assertEquals(EnumSet.of(SignalKind.DIMENSION_FALLING), kinds(signals.open(as(jonas), oliver)));
        assertThrows(SignalsRefusedException.class,
                () -> signals.act(as(jonas), oliver, absence.id(), SignalAction.MEETING, ""), "acted on once");
    }

    @Test
    void everyKindIsClearedByActingOnIt() throws Exception {
        for (String youngPerson : List.of(emma, oliver, ali, mikkel)) {
            for (Signal signal : signals.open(as(ReportingFixture.COORDINATOR), youngPerson)) {
                signals.act(as(ReportingFixture.COORDINATOR), youngPerson, signal.id(), SignalAction.NOTHING_NEEDED, "");
            }
            assertTrue(signals.open(as(ReportingFixture.COORDINATOR), youngPerson).isEmpty());
            assertTrue(signals.open(as(fixture.reporting.identity.accounts.find(youngPerson)
                    .map(account -> new SignedInUser(account.id(), account.email(), account.name(), account.roles(), null, "da"))
                    .orElseThrow()), youngPerson).isEmpty());
        }
    }

    @Test
    void onlyTheCounsellorOfTheGroupAndCoordinatorsMayAct() throws Exception {
        Signal falling = only(oliver, SignalKind.DIMENSION_FALLING);
        Signal concern = only(emma, SignalKind.CONCERN);
        assertTrue(signals.mayAct(jonas, oliver));
        assertTrue(signals.mayAct(ReportingFixture.COORDINATOR, emma));
        assertFalse(signals.mayAct(jonas, emma));
        assertFalse(signals.mayAct(bakery, emma));
        assertFalse(signals.mayAct(fixture.user("oliver.jensen@nextwork.example"), oliver));
        assertThrows(AccessDeniedException.class, () -> signals.act(as(bakery), emma, concern.id(), SignalAction.TALKED, ""));
        assertThrows(AccessDeniedException.class, () -> signals.act(as(jonas), emma, concern.id(), SignalAction.TALKED, ""));
        assertThrows(AccessDeniedException.class, () -> signals.act(as(fixture.user("oliver.jensen@nextwork.example")), oliver,
                falling.id(), SignalAction.NOTHING_NEEDED, ""));
        assertThrows(SignalsRefusedException.class, () -> signals.act(as(jonas), oliver, "no-such-signal", SignalAction.TALKED, ""));
        assertThrows(SignalsRefusedException.class, () -> signals.act(as(jonas), oliver, falling.id(), null, ""));
        assertThrows(SignalsRefusedException.class,
                () -> signals.act(as(jonas), oliver, falling.id(), SignalAction.TALKED, "x".repeat(Signals.MAX_NOTE + 1)));
        assertTrue(only(oliver, SignalKind.DIMENSION_FALLING).isOpen(), "nothing was recorded");
        assertTrue(only(emma, SignalKind.CONCERN).isOpen());
        assertTrue(fixture.reporting.identity.audit.about(emma, 200).stream()
                .anyMatch(entry -> entry.action().equals("signals.act.refused") && entry.actor().equals(bakery.id())));
    }

    @Test
    void theCurrentCompanyOrTheCounsellorRaisesAConcernWithAShortReason() throws Exception {
        Signal raised = signals.flagConcern(as(bakery), emma, "  Hun kom ikke i dag og har ikke meldt afbud.  ");
        assertEquals("Hun kom ikke i dag og har ikke meldt afbud.", raised.reason().orElseThrow());
        assertEquals(bakery.id(), raised.raisedBy().orElseThrow());
        assertEquals("Surdejshjørnet", raised.about().orElseThrow().da());
        assertEquals(2, signals.open(as(bakery), emma).stream().filter(signal -> signal.kind() == SignalKind.CONCERN).count());
        assertTrue(signals.open(as(fixture.user("emma.friis@nextwork.example")), emma).contains(raised));
        assertTrue(signals.open(as(ReportingFixture.COORDINATOR), emma).contains(raised));

        Signal byJonas = signals.flagConcern(as(jonas), oliver, "Oliver har sagt, at han sover dårligt.");
        assertTrue(signals.open(as(jonas), oliver).contains(byJonas));
        assertTrue(signals.open(as(ReportingFixture.representative("stempel-og-skrue")), oliver).isEmpty(),
                "a counsellor's concern is not the company's");
    }

    @Test
    void aConcernWithoutAReasonOrByAStrangerIsRefusedAndNothingIsStored() throws Exception {
        int before = signals.history(as(ReportingFixture.COORDINATOR), emma).size();
        SignalsRefusedException blank = assertThrows(SignalsRefusedException.class, () -> signals.flagConcern(as(bakery), emma, "   "));
        assertEquals("signals.refused.noReason", blank.reason());
        assertThrows(SignalsRefusedException.class, () -> signals.flagConcern(as(bakery), emma, null));
        SignalsRefusedException tooLong = assertThrows(SignalsRefusedException.class,
                () -> signals.flagConcern(as(bakery), emma, "x".repeat(Signals.MAX_REASON + 1)));
        assertEquals("signals.refused.reasonTooLong", tooLong.reason());
        assertThrows(AccessDeniedException.class, () -> signals.flagConcern(as(bakery), noah, "Han er flyttet videre."),
                "a company he has left");
        assertThrows(AccessDeniedException.class, () -> signals.flagConcern(as(jonas), emma, "Ikke i min gruppe."));
        assertThrows(AccessDeniedException.class,
                () -> signals.flagConcern(as(ReportingFixture.COORDINATOR), emma, "Koordinatorer handler, de flager ikke."));
        assertThrows(AccessDeniedException.class,
                () -> signals.flagConcern(as(fixture.user("emma.friis@nextwork.example")), emma, "Om mig selv."));
        assertEquals(before, signals.history(as(ReportingFixture.COORDINATOR), emma).size());
        assertTrue(signals.history(as(ReportingFixture.COORDINATOR), noah).stream().noneMatch(s -> s.kind() == SignalKind.CONCERN));
        assertTrue(fixture.reporting.identity.audit.about(noah, 200).stream()
                .anyMatch(entry -> entry.action().equals("signals.concern.refused")));
    }
}
