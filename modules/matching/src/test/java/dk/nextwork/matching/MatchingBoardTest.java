package dk.nextwork.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.program.YoungPerson;
import dk.nextwork.reporting.ReportingFixture;

/** The matching board of the demo's group: each young person by stage, and moves through the services' rules. */
class MatchingBoardTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private MatchingFixture fixture;
    private Caller coordinator;
    private Caller jonas;

    @BeforeEach
    void wire() throws Exception {
        fixture = new MatchingFixture(running.platform(), running.clock());
        coordinator = MatchingFixture.caller(ReportingFixture.COORDINATOR);
        jonas = fixture.caller("counsellor@nextwork.example");
    }

    private Map<String, BoardStage> stages(Caller by) {
        return fixture.board.cards(by, "tirsdagsgruppen").stream()
                .collect(Collectors.toMap(card -> card.name().split(" ")[0], BoardCard::stage));
    }

    @Test
    void theGroupsYoungPeopleStandWhereTheMatchingAndTheProgrammeSay() throws Exception {
        assertEquals(Map.of("Mikkel", BoardStage.WISHED, "Laura", BoardStage.WISHED, "Noah", BoardStage.PLACED,
                "Ali", BoardStage.PLACED, "Freja", BoardStage.PLACED, "Oliver", BoardStage.PLACED), stages(jonas));
        BoardCard laura = fixture.board.cards(jonas, "tirsdagsgruppen").stream()
                .filter(card -> card.name().startsWith("Laura")).findFirst().orElseThrow();
        assertEquals("matching.next.round", laura.nextStep());
        assertThrows(AccessDeniedException.class, () -> fixture.board.cards(fixture.caller("company@nextwork.example"),
                "tirsdagsgruppen"));
    }

    @Test
    void aMoveGoesThroughTheRulesOrSnapsBackWithTheReason() throws Exception {
        String mikkel = fixture.user("youth@nextwork.example").id();
        MatchingRefusedException placed = assertThrows(MatchingRefusedException.class,
                () -> fixture.board.move(jonas, "tirsdagsgruppen", mikkel, BoardStage.PLACED));
        assertEquals("matching.refused.board.placed", placed.reason());
        assertEquals("Mikkel", placed.values()[0]);
        assertEquals(BoardStage.WISHED, stages(jonas).get("Mikkel"), "it stays where it was");

        BoardCard back = fixture.board.move(jonas, "tirsdagsgruppen", mikkel, BoardStage.EXPLORING);
        assertEquals(BoardStage.PLACED, back.stage(), "his list taken back out of the round: he is in his placement");
        assertTrue(fixture.wishes.list(jonas, mikkel).orElseThrow().wishes().isEmpty());
        assertTrue(fixture.programme.identity.audit.about(mikkel, 50).stream()
                .anyMatch(entry -> entry.action().equals("matching.board.move") && entry.actor().equals(jonas.user().id())));

        String oliver = fixture.user("oliver.jensen@nextwork.example").id();
        assertEquals("matching.refused.board.coordinators", assertThrows(MatchingRefusedException.class,
                () -> fixture.board.move(jonas, "tirsdagsgruppen", oliver, BoardStage.MOVED_ON)).reason());
        assertEquals(BoardStage.MOVED_ON, fixture.board.move(coordinator, "tirsdagsgruppen", oliver, BoardStage.MOVED_ON).stage());
        assertEquals(YoungPerson.Status.COMPLETED, fixture.enrolments.find(oliver).orElseThrow().status());
        assertEquals(BoardStage.PLACED, fixture.board.move(coordinator, "tirsdagsgruppen", oliver, BoardStage.EXPLORING).stage(),
                "taken up again, in his placement");
    }
}
