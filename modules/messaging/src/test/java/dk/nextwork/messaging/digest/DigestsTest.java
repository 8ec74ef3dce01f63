package dk.nextwork.messaging.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AuditEntry;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Mail;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.messaging.Channel;
import dk.nextwork.messaging.Message;
import dk.nextwork.messaging.MessagingFixture;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.platform.time.PortalTime;

/** The e-mail digest: channels and counts only, at most one a day, only with something new, for who wants it. */
class DigestsTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private LocalDate today;
    private MessagingFixture fixture;
    private Caller mikkel;
    private Caller noah;
    private Caller jonas;
    private String group;

    @BeforeEach
    void wire() throws Exception {
        today = PortalTime.today(running.clock());
        fixture = at(today, LocalTime.of(17, 0));
        mikkel = fixture.caller("youth@nextwork.example");
        noah = fixture.caller("noah.vestergaard@nextwork.example");
        jonas = fixture.caller("counsellor@nextwork.example");
        group = Channel.groupId(fixture.programme.programme.groupsLedBy(jonas.user().id()).get(0).id());
    }

    private MessagingFixture at(LocalDate day, LocalTime time) {
        return new MessagingFixture(running.platform(), Clock.fixed(day.atTime(time).atZone(PortalTime.ZONE).toInstant(),
                PortalTime.ZONE));
    }

    private List<Mail.OutboxMessage> to(String email) throws Exception {
        return fixture.programme.identity.mail.outboxMessages().stream().filter(message -> message.to().equals(email)).toList();
    }

    @Test
    void aDigestNamesTheChannelsAndTheirCountsNeverWhatWasWrittenNorAYoungPersonsName() throws Exception {
        fixture.messages.post(mikkel, Channel.counselId(mikkel.user().id()), "Jeg er syg i morgen, kan vi flytte samtalen?");
        assertTrue(fixture.digests.sendDue() >= 3, "Mikkel, Noah and Jonas have something unread in the demo");

        Mail.OutboxMessage toMikkel = to("youth@nextwork.example").get(0);
        assertEquals("NExTWORK: en ny besked til dig", toMikkel.subject());
        assertTrue(toMikkel.text().contains("Hej Mikkel"), toMikkel.text());
        assertTrue(toMikkel.text().contains("- Tirsdagsgruppen: en ny besked"), toMikkel.text());
        assertTrue(toMikkel.text().contains("/app/messages"), "the way in");

        Mail.OutboxMessage toJonas = to("counsellor@nextwork.example").get(0);
        assertTrue(toJonas.text().contains("- Tirsdagsgruppen: en ny besked"), toJonas.text());
        assertTrue(toJonas.text().contains("- Samtaler med unge: en ny besked"), "Mikkel's thread, counted without his name");
        assertEquals("NExTWORK: 2 nye beskeder til dig", toJonas.subject());

        List<String> written = fixture.messages.before(jonas, group, 0, 100).stream().map(Message::text)
                .filter(text -> !text.isBlank()).toList();
        List<String> names = fixture.programme.programme.groupsLedBy(jonas.user().id()).get(0).members().stream()
                .map(id -> fixture.programme.identity.accounts.find(id).map(UserAccount::name).orElseThrow()).toList();
        for (Mail.OutboxMessage message : fixture.programme.identity.mail.outboxMessages()) {
            for (String text : written) {
                assertFalse(message.text().contains(text), "no one's words in a digest: " + text);
            }
            assertFalse(message.text().contains("syg i morgen"));
            for (String name : names) {
                assertFalse(message.text().contains(name), name + " named in a digest to " + message.to());
            }
        }
        List<AuditEntry> sent = fixture.programme.identity.audit.recent(100, 1).stream()
                .filter(entry -> entry.action().equals("messaging.digest.sent")).toList();
        assertTrue(sent.stream().anyMatch(entry -> entry.subject().equals(mikkel.user().id()) && entry.actor().equals(Digests.ACTOR)));
    }

    @Test
    void atMostOneADayFromTheAfternoonAndOnlyWhenSomethingCameAfterTheLastOne() throws Exception {
        assertEquals(0, at(today, LocalTime.of(15, 59)).digests.sendDue(), "not during the working day");
        assertTrue(to("youth@nextwork.example").isEmpty());

        fixture.digests.sendDue();
        assertEquals(1, to("youth@nextwork.example").size());
        fixture.messages.post(noah, group, "Ses på tirsdag!");
        MessagingFixture evening = at(today, LocalTime.of(21, 0));
        assertEquals(0, evening.digests.sendDue(), "one a day at most, whatever came since");
        assertEquals(1, to("youth@nextwork.example").size());

        MessagingFixture tomorrow = at(today.plusDays(1), LocalTime.of(17, 0));
        tomorrow.digests.sendDue();
        List<Mail.OutboxMessage> mikkels = to("youth@nextwork.example");
        assertEquals(2, mikkels.size(), "Noah's message came after yesterday's digest");
        assertTrue(mikkels.get(0).text().contains("- Tirsdagsgruppen: 2 nye beskeder"), mikkels.get(0).text());

        MessagingFixture dayAfter = at(today.plusDays(2), LocalTime.of(17, 0));
        dayAfter.digests.sendDue();
        assertEquals(2, to("youth@nextwork.example").size(), "still unread, but nothing new: no reminder of the same");
    }

    @Test
    void whoTurnsItOffGetsNoneUntilTheyTurnItOnAgain() throws Exception {
        assertTrue(fixture.digests.wanted(mikkel), "on until turned off");
        fixture.digests.choose(mikkel, false);
        assertFalse(fixture.digests.wanted(mikkel));
        assertTrue(fixture.digests.wanted(noah), "his own choice only");

        assertTrue(fixture.digests.sendDue() > 0);
        assertTrue(to("youth@nextwork.example").isEmpty());
        assertEquals(1, to("noah.vestergaard@nextwork.example").size());

        MessagingFixture tomorrow = at(today.plusDays(1), LocalTime.of(17, 0));
        tomorrow.digests.choose(mikkel, true);
        tomorrow.digests.sendDue();
        assertEquals(1, to("youth@nextwork.example").size());
        assertTrue(fixture.programme.identity.audit.recent(100, 1).stream()
                .anyMatch(entry -> entry.action().equals("messaging.digest.off") && entry.actor().equals(mikkel.user().id())));
    }

    @Test
    void aDigestThatCouldNotBeSentIsTriedAgain() throws Exception {
        Mail failing = new Mail(running.platform().configuration(), running.clock()) {
            @Override
            public boolean send(String to, String subject, String text) {
                return false;
            }
        };
        Digests down = new Digests(running.platform().repository(), fixture.unread, fixture.programme.identity.accounts,
                failing, fixture.programme.identity.audit, running.platform().configuration(),
                Clock.fixed(today.atTime(17, 0).atZone(PortalTime.ZONE).toInstant(), PortalTime.ZONE));
        assertEquals(0, down.sendDue());
        assertTrue(at(today, LocalTime.of(17, 15)).digests.sendDue() >= 3, "the same day, once the mail works");
        assertEquals(1, to("youth@nextwork.example").size());
    }
}
