package dk.nextwork.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.Mail;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.reporting.ReportingFixture;

/** What the matching waits for, in the app and by e-mail: each e-mail once, and none naming a person, a company or an offer. */
class MatchingNoticesTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private MatchingFixture fixture;

    @BeforeEach
    void wire() {
        fixture = new MatchingFixture(running.platform(), running.clock());
    }

    private MatchingFixture daysOn(int days) {
        return fixture.at(Clock.offset(running.clock(), Duration.ofDays(days)));
    }

    private static List<String> keys(List<Notice> notices) {
        return notices.stream().map(Notice::text).toList();
    }

    @Test
    void eachRoleIsToldInTheAppWhatWaitsForThem() throws Exception {
        assertEquals(List.of("matching.notice.yourList"), keys(fixture.notices.forCaller(fixture.caller("youth@nextwork.example"))));
        assertEquals(List.of("matching.notice.makeList"), keys(fixture.notices.forCaller(fixture.caller("emma.friis@nextwork.example"))));
        List<Notice> sara = fixture.notices.forCaller(fixture.caller("company@nextwork.example"));
        assertEquals(List.of("matching.notice.candidates"), keys(sara));
        assertEquals(2, sara.get(0).values().get(0), "Laura and Sofie chose the bakery");
        assertTrue(fixture.notices.forCaller(MatchingFixture.caller(ReportingFixture.COORDINATOR)).isEmpty());
        List<Notice> jonas = fixture.notices.forCaller(fixture.caller("counsellor@nextwork.example"));
        assertEquals(List.of("matching.notice.counsellor"), keys(jonas));
        assertEquals(List.of(2, 4), jonas.get(0).values().subList(0, 2), "Mikkel and Laura have sent theirs; four are looking");
        assertEquals(List.of("matching.notice.runRound"),
                keys(daysOn(11).notices.forCaller(MatchingFixture.caller(ReportingFixture.COORDINATOR))));
    }

    @Test
    void theEmailsGoOnceAndNameNobody() throws Exception {
        Mail mail = fixture.programme.identity.mail;
        int before = mail.outboxMessages().size();
        assertEquals(0, fixture.notices.send(), "the demo round's opening was mailed when it opened");
        MatchingFixture twoDaysBefore = daysOn(4);
        int reminded = twoDaysBefore.notices.send();
        assertTrue(reminded > 0, "two days before the lists' deadline");
        assertEquals(0, twoDaysBefore.notices.send(), "once");
        MatchingFixture afterRun = daysOn(11);
        afterRun.rounds.run(ReportingFixture.COORDINATOR, afterRun.rounds.current().orElseThrow().id());
        int proposals = afterRun.notices.send();
        assertEquals(4, proposals, "the three proposed young people, and the workshop's demo representative (Mikkel's proposal)");
        List<Mail.OutboxMessage> sent = mail.outboxMessages().subList(before, mail.outboxMessages().size());
        assertEquals(reminded + proposals, sent.size());
        for (Mail.OutboxMessage message : sent) {
            String text = message.subject() + " " + message.text();
            for (String named : List.of("Surdejshjørnet", "Planteskolen", "Midtvejs", "Hyldebær", "Fjordbyens", "Stempel",
                    "Gartnerhjælper", "Lagermedarbejder", "Sofie", "Laura ", "Mikkel ")) {
                assertFalse(text.contains(named) && !message.text().startsWith("Hej " + named.strip()), named + " in: " + text);
            }
        }
        assertTrue(sent.stream().anyMatch(message -> message.subject().equals("Et forslag venter på dit svar i NExTWORK")));
    }
}
