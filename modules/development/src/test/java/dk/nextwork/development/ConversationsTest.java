package dk.nextwork.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.development.internal.ConversationStore;
import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.i18n.Texts;
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
        Conversation saved = fixture.conversations.save(new Caller(sara, "test"), emma.id(), answers("initiativ"));
        assertEquals(Optional.of("surdejshjoernet"), saved.company());
        assertEquals("Initiativ", saved.focusName().da());

        List<Conversation> seenByEmma = fixture.conversations.of(new Caller(emma, "test"), emma.id());
        assertEquals(1, seenByEmma.size());
        Conversation record = seenByEmma.get(0);
        assertEquals("Flere søjler er vokset.", record.different());
        assertEquals("Emma tog selv fat i dejen tirsdag.", record.examples());
        assertEquals("At vi griner sammen om morgenen.", record.appreciated());
        assertEquals("initiativ", record.focus());
        assertEquals("Sige til, når noget er uklart.", record.focusNote());
        assertEquals(sara.displayName(), record.heldByName());
        assertEquals(1, fixture.conversations.of(new Caller(ReportingFixture.COORDINATOR, "test"), emma.id()).size());

        ConversationOpening next = fixture.conversations.opening(new Caller(emma, "test"), fixture.development.picture(new Caller(emma, "test"), emma.id()));
        assertEquals(saved.id(), next.previous().orElseThrow().id(), "the next conversation opens with the last one");
        assertEquals("initiativ", next.focusMovement().orElseThrow().target(), "and how its chosen area moved");
    }

    @Test
    void theNextConversationShowsHowTheChosenAreaMovedSince() throws Exception {
        ConversationOpening opening = fixture.conversations.opening(new Caller(mikkel, "test"), fixture.development.picture(new Caller(mikkel, "test"), mikkel.id()));
        Conversation demo = opening.previous().orElseThrow();
        assertEquals("vedholdenhed", demo.focus(), "the demo conversation two weeks ago chose persistence");
        ScoreMovement moved = opening.focusMovement().orElseThrow();
        assertEquals("vedholdenhed", moved.target());
        var series = fixture.reporting.scores.history(new Caller(mikkel, "test"), mikkel.id()).of("vedholdenhed").orElseThrow();
        assertEquals(ScoreMovement.since(series, java.time.LocalDate.ofInstant(demo.held(), PortalTime.ZONE)),
                moved, "from what was known that day to the latest score");
        assertTrue(moved.to().isPresent());
    }

    @Test
    void unansweredOrUnknownAnswersAreRefusedAndNothingIsSaved() throws Exception {
        DevelopmentRefusedException blank = assertThrows(DevelopmentRefusedException.class, () -> fixture.conversations.save(
                new Caller(sara, "test"), emma.id(), new ConversationAnswers("Noget", "  ", "Noget", "initiativ", "")));
        assertEquals("development.refused.noAnswer", blank.reason());
        assertEquals(2, blank.values()[0], "names the question");
        DevelopmentRefusedException unknown = assertThrows(DevelopmentRefusedException.class,
                () -> fixture.conversations.save(new Caller(sara, "test"), emma.id(), answers("charme")));
        assertEquals("development.refused.unknownFocus", unknown.reason());
        assertEquals("Det område, I valgte, kan ikke vælges længere. Vælg et andet.", Texts.of(getClass().getClassLoader())
                .get(Texts.DANISH, unknown.reason(), unknown.values()), "never the area's key");
        assertEquals("development.refused.noFocus",
                assertThrows(DevelopmentRefusedException.class, () -> fixture.conversations.save(new Caller(sara, "test"), emma.id(),
                        answers(""))).reason());
        assertEquals("development.refused.tooLong",
                assertThrows(DevelopmentRefusedException.class, () -> fixture.conversations.save(new Caller(sara, "test"), emma.id(),
                        new ConversationAnswers("x".repeat(Conversations.MAX_ANSWER + 1), "a", "b", "initiativ", ""))).reason());
        assertTrue(fixture.conversations.of(new Caller(emma, "test"), emma.id()).isEmpty());
    }

    @Test
    void everyAnswerMissingIsNamedAtOnceAndNothingIsSaved() throws Exception {
        ConversationRefusedException missing = assertThrows(ConversationRefusedException.class, () -> fixture.conversations.save(
                new Caller(sara, "test"), emma.id(), new ConversationAnswers("", "  ", "At vi griner sammen.", null, "")));
        assertEquals(List.of(AnswerProblem.Answer.DIFFERENT, AnswerProblem.Answer.EXAMPLES, AnswerProblem.Answer.FOCUS),
                missing.problems().stream().map(AnswerProblem::answer).toList(), "each missing answer, in the questions' order");
        assertEquals(List.of("development.refused.noAnswer", "development.refused.noAnswer", "development.refused.noFocus"),
                missing.problems().stream().map(AnswerProblem::reason).toList());
        Texts texts = Texts.of(getClass().getClassLoader());
        assertEquals("Svar på spørgsmål 1, 2 og 4.", texts.get(Texts.DANISH, missing.reason(), missing.values()));
        assertEquals("Answer questions 1, 2 and 4.", texts.get(java.util.Locale.ENGLISH, missing.reason(), missing.values()));

        ConversationRefusedException wrong = assertThrows(ConversationRefusedException.class, () -> fixture.conversations.save(
                new Caller(sara, "test"), emma.id(), new ConversationAnswers("x".repeat(Conversations.MAX_ANSWER + 1), "a", "b",
                        "charme", "y".repeat(Conversations.MAX_FOCUS_NOTE + 1))));
        assertEquals(List.of(AnswerProblem.Answer.DIFFERENT, AnswerProblem.Answer.FOCUS, AnswerProblem.Answer.FOCUS_NOTE),
                wrong.problems().stream().map(AnswerProblem::answer).toList(), "the area and its note both");
        assertEquals("Se på spørgsmål 1 og 4 igen.", texts.get(Texts.DANISH, wrong.reason(), wrong.values()));
        assertTrue(fixture.conversations.of(new Caller(emma, "test"), emma.id()).isEmpty(), "nothing saved");
    }

    @Test
    void theRecordKeepsBothParticipantsAndOldRecordsReadWithTheYoungPersonsName() throws Exception {
        Conversation withSara = fixture.conversations.save(new Caller(sara, "test"), emma.id(), answers("initiativ"));
        assertEquals("Emma Friis (demo)", withSara.youngPersonName());
        assertEquals("Sara Bech (demo)", withSara.heldByName());
        assertFalse(withSara.heldByTheYoungPerson());
        Conversation alone = fixture.conversations.save(new Caller(emma, "test"), emma.id(), answers("initiativ"));
        assertTrue(alone.heldByTheYoungPerson());

        // a record saved before the young person's name was kept
        running.platform().repository().withServiceSession(session -> {
            session.getNode(ConversationStore.ROOT + "/" + emma.id() + "/" + withSara.id()).getProperty("youngPersonName").remove();
            session.save();
            return null;
        });
        Conversation old = fixture.conversations.of(new Caller(emma, "test"), emma.id()).stream()
                .filter(record -> record.id().equals(withSara.id())).findFirst().orElseThrow();
        assertEquals("Emma Friis (demo)", old.youngPersonName(), "the name the young person has now");
        assertEquals("Sara Bech (demo)", old.heldByName());
    }

    @Test
    void onlyTheYoungPersonAndTheRepresentativeOfTheirCompanyMayHoldIt() throws Exception {
        SignedInUser jonas = fixture.reporting.user("counsellor@nextwork.example");
        SignedInUser otherCompany = ReportingFixture.representative("midtvejs-lager");
        String noah = fixture.reporting.user("noah.vestergaard@nextwork.example").id();

        assertThrows(AccessDeniedException.class, () -> fixture.conversations.save(new Caller(jonas, "test"), mikkel.id(), answers("initiativ")),
                "the counsellor reads the record but does not hold the conversation");
        assertEquals(1, fixture.conversations.of(new Caller(jonas, "test"), mikkel.id()).size(), "and reads the demo record");
        DevelopmentPicture mikkels = fixture.development.picture(new Caller(ReportingFixture.COORDINATOR, "test"), mikkel.id());
        assertThrows(AccessDeniedException.class, () -> fixture.conversations.opening(new Caller(otherCompany, "test"), mikkels));
        assertThrows(AccessDeniedException.class, () -> fixture.conversations.save(new Caller(sara, "test"), noah, answers("initiativ")),
                "a company Noah has left follows his course but holds no conversations");
        assertThrows(AccessDeniedException.class, () -> fixture.conversations.of(new Caller(sara, "test"), noah),
                "nor reads them");
        assertThrows(AccessDeniedException.class, () -> fixture.conversations.save(new Caller(emma, "test"), mikkel.id(), answers("initiativ")));
        assertTrue(fixture.reporting.identity.audit.about(mikkel.id(), 20).stream()
                .anyMatch(entry -> entry.action().equals("conversation.refused")), "refusals are audited");
    }
}
