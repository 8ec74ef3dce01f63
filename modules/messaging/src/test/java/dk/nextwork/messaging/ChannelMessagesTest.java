package dk.nextwork.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.reporting.ReportingFixture;

/** Who is in which channel, and what the messages' rules allow, over the demo's group "Tirsdagsgruppen". */
class ChannelMessagesTest extends OverTheDemoGroup {


    private static List<String> ids(List<Channel> channels) {
        return channels.stream().map(Channel::id).toList();
    }

    @Test
    void eachPersonHasTheChannelsTheProgrammeGivesThem() throws Exception {
        assertEquals(List.of(group, Channel.counselId(mikkel.user().id())), ids(fixture.channels.of(mikkel.user())),
                "his group and his thread with Jonas; no company network, no channel with another young person");
        assertEquals(List.of(), fixture.channels.of(fixture.caller("emma.friis@nextwork.example").user()), "Emma is in no group");
        assertEquals(List.of(Channel.COMPANIES_ID), ids(fixture.channels.of(fixture.caller("company@nextwork.example").user())));
        List<Channel> coordinator = fixture.channels.of(ReportingFixture.COORDINATOR);
        assertEquals(List.of(group, Channel.COMPANIES_ID), ids(coordinator), "coordinators read the groups, never the threads");
        assertFalse(coordinator.get(0).writable());
        List<Channel> counsellor = fixture.channels.of(jonas.user());
        assertEquals(group, counsellor.get(0).id());
        assertEquals(7, counsellor.size(), "his group and a thread with each of its six young people");
    }

    @Test
    void nobodyOutsideAChannelReadsOrWritesItByAnyRoute() throws Exception {
        Caller coordinator = new Caller(ReportingFixture.COORDINATOR, "test");
        fixture.messages.post(mikkel, group, "Hej allesammen");
        Caller emma = fixture.caller("emma.friis@nextwork.example");
        Caller sara = fixture.caller("company@nextwork.example");
        for (Caller outsider : List.of(emma, sara)) {
            assertThrows(AccessDeniedException.class, () -> fixture.messages.before(outsider, group, 0, 10));
            assertThrows(AccessDeniedException.class, () -> fixture.messages.after(outsider, group, 0));
            assertThrows(AccessDeniedException.class, () -> fixture.messages.find(outsider, group, 1));
            assertThrows(AccessDeniedException.class, () -> fixture.messages.post(outsider, group, "Hej"));
            assertThrows(AccessDeniedException.class, () -> fixture.feed.follow(outsider, group, 0, handed -> { }));
        }
        assertThrows(AccessDeniedException.class, () -> fixture.messages.before(mikkel, Channel.counselId(noah.user().id()), 0, 10),
                "another young person's thread");
        assertThrows(AccessDeniedException.class, () -> fixture.messages.before(mikkel, "group-guessed", 0, 10));
        assertThrows(AccessDeniedException.class, () -> fixture.messages.before(mikkel, Channel.COMPANIES_ID, 0, 10));
        assertThrows(AccessDeniedException.class, () -> fixture.messages.post(coordinator, group, "Hej"),
                "coordinators read along only");
        assertThrows(AccessDeniedException.class,
                () -> fixture.messages.before(coordinator, Channel.counselId(mikkel.user().id()), 0, 10));
        assertEquals("Hej allesammen", fixture.messages.before(coordinator, group, 0, 1).get(0).text());
    }

    @Test
    void messagesAreNumberedInOrderAndReadNewestFirstAPageAtATime() throws Exception {
        long before = fixture.messages.last(mikkel, group);
        for (int i = 1; i <= 5; i++) {
            fixture.messages.post(i % 2 == 0 ? noah : mikkel, group, "Besked " + i);
        }
        List<Message> page = fixture.messages.before(mikkel, group, 0, 3);
        assertEquals(List.of("Besked 5", "Besked 4", "Besked 3"), page.stream().map(Message::text).toList());
        assertEquals(List.of("Besked 2", "Besked 1"), fixture.messages.before(mikkel, group, page.get(2).seq(), 2).stream()
                .map(Message::text).toList());
        assertEquals(List.of("Besked 1", "Besked 2", "Besked 3", "Besked 4", "Besked 5"),
                fixture.messages.after(noah, group, before).stream().map(Message::text).toList());
        assertEquals("Noah Vestergaard (demo)", page.get(1).authorName());
    }

    @Test
    void writersAtTheSameMomentGetEveryNumberOnce() throws Exception {
        long before = fixture.messages.last(mikkel, group);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Message>> posted = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                int n = i;
                posted.add(writers.submit(() -> fixture.messages.post(mikkel, group, "Mikkel " + n)));
                posted.add(writers.submit(() -> fixture.messages.post(noah, group, "Noah " + n)));
            }
            Set<Long> seqs = new java.util.TreeSet<>();
            for (Future<Message> each : posted) {
                seqs.add(each.get().seq());
            }
            assertEquals(LongStream.rangeClosed(before + 1, before + 30).boxed().collect(Collectors.toSet()), seqs);
        } finally {
            writers.shutdown();
        }
        assertEquals(30, fixture.messages.after(jonas, group, before).size());
    }

    @Test
    void theRulesRefuseWithAReasonAndStoreNothing() throws Exception {
        long before = fixture.messages.last(mikkel, group);
        assertEquals("messaging.refused.empty", assertThrows(MessagingRefusedException.class,
                () -> fixture.messages.post(mikkel, group, "   ")).reason());
        assertEquals("messaging.refused.tooLong", assertThrows(MessagingRefusedException.class,
                () -> fixture.messages.post(mikkel, group, "x".repeat(ChannelMessages.MAX_LENGTH + 1))).reason());
        for (String cpr : List.of("Mit cpr er 010203-1234", "0102031234", "290200 1234")) {
            assertEquals("messaging.refused.cpr", assertThrows(MessagingRefusedException.class,
                    () -> fixture.messages.post(mikkel, group, cpr)).reason(), cpr);
        }
        assertEquals(before, fixture.messages.last(mikkel, group), "nothing stored");
        fixture.messages.post(mikkel, group, "Ring på 12345678, ordre 9913451234");
        for (int i = 1; i < ChannelMessages.PER_MINUTE; i++) {
            fixture.messages.post(mikkel, group, "Besked " + i);
        }
        assertEquals("messaging.refused.tooFast", assertThrows(MessagingRefusedException.class,
                () -> fixture.messages.post(mikkel, group, "En for meget")).reason());
        assertEquals(before + ChannelMessages.PER_MINUTE, fixture.messages.last(mikkel, group));
        fixture.messages.post(noah, group, "Noah har sin egen grænse");
    }

    @Test
    void aMessageIsTheAuthorsToEditForTenMinutesAndToDelete() throws Exception {
        Message sent = fixture.messages.post(mikkel, group, "Vi ses på tirsdga");
        assertThrows(AccessDeniedException.class, () -> fixture.messages.edit(noah, group, sent.seq(), "Ændret"));
        Message edited = fixture.messages.edit(mikkel, group, sent.seq(), "Vi ses på tirsdag");
        assertEquals("Vi ses på tirsdag", edited.text());
        assertTrue(edited.edited().isPresent(), "shown as redigeret");
        assertEquals("Vi ses på tirsdga", running.platform().repository().withServiceSession(session ->
                session.getNode("/messages/" + group + "/m" + sent.seq()).getProperty("earlier").getValues()[0].getString()),
                "the earlier text kept for moderation");
        MessagingFixture later = fixture.at(Clock.offset(running.clock(), Duration.ofMinutes(11)));
        assertEquals("messaging.refused.editLate", assertThrows(MessagingRefusedException.class,
                () -> later.messages.edit(mikkel, group, sent.seq(), "For sent")).reason());
        assertThrows(AccessDeniedException.class, () -> fixture.messages.delete(noah, group, sent.seq()));
        Message deleted = later.messages.delete(mikkel, group, sent.seq());
        assertTrue(deleted.deleted());
        assertEquals("", deleted.text(), "its text no longer shown");
        assertEquals("messaging.refused.deleted", assertThrows(MessagingRefusedException.class,
                () -> fixture.messages.edit(mikkel, group, sent.seq(), "Igen")).reason());
        assertTrue(fixture.programme.identity.audit.recent(20, 1).stream().map(dk.nextwork.identity.AuditEntry::action).toList()
                .containsAll(List.of("messaging.message.edit", "messaging.message.delete")), "both changes audited");
    }

    @Test
    void aReplyNamesWhatItAnswersAsEachReaderMayReadIt() throws Exception {
        Message question = fixture.messages.post(noah, group, "Hvem tager kage med?");
        Message answer = fixture.messages.reply(mikkel, group, question.seq(), "Det gør jeg!");
        Message.Reply answered = answer.replyTo().orElseThrow();
        assertEquals(question.seq(), answered.seq());
        assertEquals(question.authorName(), answered.authorName());
        assertEquals("Hvem tager kage med?", answered.text());
        assertEquals(answered, fixture.messages.after(jonas, group, question.seq()).get(0).replyTo().orElseThrow(),
                "every reader, every route");
        assertTrue(question.replyTo().isEmpty());

        long before = fixture.messages.last(mikkel, group);
        assertEquals("messaging.refused.noMessage", assertThrows(MessagingRefusedException.class,
                () -> fixture.messages.reply(mikkel, group, before + 5, "Til ingen")).reason());
        Message gone = fixture.messages.post(noah, group, "Ups");
        fixture.messages.delete(noah, group, gone.seq());
        assertEquals("messaging.refused.noMessage", assertThrows(MessagingRefusedException.class,
                () -> fixture.messages.reply(mikkel, group, gone.seq(), "Til en slettet")).reason());
        assertEquals(before + 1, fixture.messages.last(mikkel, group), "nothing stored but the deleted one");
        assertThrows(AccessDeniedException.class, () -> fixture.messages.reply(fixture.caller("company@nextwork.example"), group,
                question.seq(), "Udefra"));

        fixture.moderation.hide(jonas, group, question.seq(), "Fejl i gruppen");
        assertEquals("", fixture.messages.find(mikkel, group, answer.seq()).orElseThrow().replyTo().orElseThrow().text(),
                "a hidden message is not read through the reply to it");
        assertEquals("Hvem tager kage med?", fixture.messages.find(jonas, group, answer.seq()).orElseThrow().replyTo().orElseThrow()
                .text(), "the counsellor reads it");
        assertEquals("Hvem tager kage med?", fixture.messages.find(noah, group, answer.seq()).orElseThrow().replyTo().orElseThrow()
                .text(), "its author reads it");
    }

    @Test
    void aMessageMentionsTheChannelsWritersOnlyAndAnEditMentionsAfresh() throws Exception {
        Caller sara = fixture.caller("company@nextwork.example");
        Message sent = fixture.messages.post(mikkel, group,
                "Hej @noah og @" + jonas.user().displayName() + "! Også @Sara og mail@noah.dk og @Mikkel");
        assertEquals(Set.of(noah.user().id(), jonas.user().id()), sent.mentions().stream().map(Message.Mention::person)
                .collect(Collectors.toSet()), "not Sara, who is not in the group, not an address, not himself");
        assertTrue(sent.mentions(noah.user().id()));
        assertFalse(sent.mentions(sara.user().id()));
        assertTrue(fixture.messages.find(noah, group, sent.seq()).orElseThrow().mentions(noah.user().id()), "kept with it");

        Message edited = fixture.messages.edit(mikkel, group, sent.seq(), "Hej alle");
        assertTrue(edited.mentions().isEmpty(), "the edit mentions no one");
        assertTrue(fixture.messages.post(mikkel, group, "Ingen her").mentions().isEmpty());
    }
}
