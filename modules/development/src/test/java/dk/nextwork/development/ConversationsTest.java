package dk.nextwork.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.reporting.ReportingFixture;

/** The guided conversation: four answers saved as a record both see, a focus that the next conversation follows up, and who may hold one. */
class ConversationsTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private DevelopmentFixture fixture;
    private SignedInUser sara;
    private SignedInUser emma;
    private SignedInUser mikkel;

    @BeforeEach
    void wire() throws Exception {
        fixture = new DevelopmentFixture(running.platform(), running.clock());
        sara = fixture.reporting.user("company@nextwork.example");
        emma = fixture.reporting.user("emma.friis@nextwork.example");
        mikkel = fixture.reporting.user("youth@nextwork.example");
    }

    private static ConversationAnswers answers(String focus) {
        return new ConversationAnswers("Flere søjler er vokset.", "Emma tog selv fat i dejen tirsdag.",
                "At vi griner sammen om morgenen.", focus, "Sige til, når noget er uklart.");
    }

    @Test
    void theRepresentativeSavesTheFourAnswersAndTheYoungPersonSeesTheRecord() throws Exception {
        Conversation saved = fixture.conversations.save(sara, emma.id(), answers("initiativ"), "test");
        assertEquals(Optional.of("surdejshjoernet"), saved.company());
        assertEquals("Initiativ", saved.focusName().da());

        List<Conversation> seenByEmma = fixture.conversations.of(emma, emma.id(), "test");
        assertEquals(1, seenByEmma.size());
        Conversation record = seenByEmma.get(0);
        assertEquals("Flere søjler er vokset.", record.different());
        assertEquals("Emma tog selv fat i dejen tirsdag.", record.examples());
        assertEquals("At vi griner sammen om morgenen.", record.appreciated());
        assertEquals("initiativ", record.focus());
        assertEquals("Sige til, når noget er uklart.", record.focusNote());
        assertEquals(sara.displayName(), record.heldByName());
        assertEquals(1, fixture.conversations.of(ReportingFixture.COORDINATOR, emma.id(), "test").size());

        ConversationOpening next = fixture.conversations.opening(emma, fixture.development.picture(emma, emma.id(), "test"), "test");
        assertEquals(saved.id(), next.previous().orElseThrow().id(), "the next conversation opens with the last one");
        assertEquals("initiativ", next.focusMovement().orElseThrow().target(), "and how its chosen area moved");
    }

    @Test
    void theNextConversationShowsHowTheChosenAreaMovedSince() throws Exception {
        ConversationOpening opening = fixture.conversations.opening(mikkel, fixture.development.picture(mikkel, mikkel.id(), "test"),
                "test");
        Conversation demo = opening.previous().orElseThrow();
        assertEquals("vedholdenhed", demo.focus(), "the demo conversation two weeks ago chose persistence");
        ScoreMovement moved = opening.focusMovement().orElseThrow();
        assertEquals("vedholdenhed", moved.target());
        var series = fixture.reporting.scores.history(mikkel, mikkel.id(), "test").of("vedholdenhed").orElseThrow();
        assertEquals(ScoreMovement.since(series, java.time.LocalDate.ofInstant(demo.held(), PortalTime.ZONE)),
                moved, "from what was known that day to the latest score");
        assertTrue(moved.to().isPresent());
    }

    @Test
    void unansweredOrUnknownAnswersAreRefusedAndNothingIsSaved() throws Exception {
        DevelopmentRefusedException blank = assertThrows(DevelopmentRefusedException.class, () -> fixture.conversations.save(
                sara, emma.id(), new ConversationAnswers("Noget", "  ", "Noget", "initiativ", ""), "test"));
        assertEquals("development.refused.noAnswer", blank.reason());
        assertEquals(2, blank.values()[0], "names the question");
        assertEquals("development.refused.unknownFocus",
                assertThrows(DevelopmentRefusedException.class, () -> fixture.conversations.save(sara, emma.id(),
                        answers("charme"), "test")).reason());
        assertEquals("development.refused.noFocus",
                assertThrows(DevelopmentRefusedException.class, () -> fixture.conversations.save(sara, emma.id(),
                        answers(""), "test")).reason());
        assertEquals("development.refused.tooLong",
                assertThrows(DevelopmentRefusedException.class, () -> fixture.conversations.save(sara, emma.id(),
                        new ConversationAnswers("x".repeat(Conversations.MAX_ANSWER + 1), "a", "b", "initiativ", ""),
                        "test")).reason());
        assertTrue(fixture.conversations.of(emma, emma.id(), "test").isEmpty());
    }

    @Test
    void onlyTheYoungPersonAndTheRepresentativeOfTheirCompanyMayHoldIt() throws Exception {
        SignedInUser jonas = fixture.reporting.user("counsellor@nextwork.example");
        SignedInUser otherCompany = ReportingFixture.representative("midtvejs-lager");
        String noah = fixture.reporting.user("noah.vestergaard@nextwork.example").id();

        assertThrows(AccessDeniedException.class, () -> fixture.conversations.save(jonas, mikkel.id(), answers("initiativ"), "test"),
                "the counsellor reads the record but does not hold the conversation");
        assertEquals(1, fixture.conversations.of(jonas, mikkel.id(), "test").size(), "and reads the demo record");
        DevelopmentPicture mikkels = fixture.development.picture(ReportingFixture.COORDINATOR, mikkel.id(), "test");
        assertThrows(AccessDeniedException.class, () -> fixture.conversations.opening(otherCompany, mikkels, "test"));
        assertThrows(AccessDeniedException.class, () -> fixture.conversations.save(sara, noah, answers("initiativ"), "test"),
                "a company Noah has left follows his course but holds no conversations");
        assertThrows(AccessDeniedException.class, () -> fixture.conversations.of(sara, noah, "test"),
                "nor reads them");
        assertThrows(AccessDeniedException.class, () -> fixture.conversations.save(emma, mikkel.id(), answers("initiativ"), "test"));
        assertTrue(fixture.reporting.identity.audit.about(mikkel.id(), 20).stream()
                .anyMatch(entry -> entry.action().equals("conversation.refused")), "refusals are audited");
    }
}
