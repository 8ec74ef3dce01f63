package dk.nextwork.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.AuditEntry;
import dk.nextwork.identity.Caller;
import dk.nextwork.reporting.ReportingFixture;

/** Looking after a channel: hiding with a reason its author reads, reports that reach who looks after it, all audited. */
class ModerationTest extends OverTheDemoGroup {

    private final Caller coordinator = new Caller(ReportingFixture.COORDINATOR, "test");

    private Message as(Caller viewer, long seq) {
        return fixture.messages.find(viewer, group, seq).orElseThrow();
    }

    @Test
    void theCounsellorHidesAMessageAndItsAuthorReadsWhy() throws Exception {
        Message sent = fixture.messages.post(mikkel, group, "Noah er dum");
        List<Message> toNoah = new CopyOnWriteArrayList<>();
        try (AutoCloseable following = fixture.feed.follow(noah, group, sent.seq(), toNoah::addAll)) {
            assertThrows(AccessDeniedException.class, () -> fixture.moderation.hide(noah, group, sent.seq(), "Grimt"),
                    "only who looks after the group");
            assertThrows(AccessDeniedException.class, () -> fixture.moderation.hide(coordinator, group, sent.seq(), "Grimt"),
                    "coordinators read the groups; the counsellor looks after them");
            assertEquals("messaging.refused.reason", assertThrows(MessagingRefusedException.class,
                    () -> fixture.moderation.hide(jonas, group, sent.seq(), " ")).reason());
            fixture.moderation.hide(jonas, group, sent.seq(), "Vi taler pænt om hinanden her.");
            await().atMost(Duration.ofSeconds(5)).until(() -> toNoah.stream().anyMatch(message -> message.hidden().isPresent()));
            assertEquals("", toNoah.get(toNoah.size() - 1).text(), "live, and without the text");
        }
        assertEquals("", as(noah, sent.seq()).text());
        assertEquals("", as(noah, sent.seq()).hidden().orElseThrow().reason(), "nor why: that is between the author and Jonas");
        assertEquals("", as(coordinator, sent.seq()).text());
        assertEquals("Noah er dum", as(mikkel, sent.seq()).text(), "its author still reads it");
        assertEquals("Vi taler pænt om hinanden her.", as(mikkel, sent.seq()).hidden().orElseThrow().reason(), "and why");
        assertEquals("Jonas Krogh (demo)", as(mikkel, sent.seq()).hidden().orElseThrow().byName());
        assertEquals("Noah er dum", as(jonas, sent.seq()).text());

        fixture.moderation.show(jonas, group, sent.seq());
        assertEquals("Noah er dum", as(noah, sent.seq()).text(), "shown again");
        List<String> actions = fixture.programme.identity.audit.recent(20, 1).stream().map(AuditEntry::action).toList();
        assertTrue(actions.containsAll(List.of("messaging.message.hide", "messaging.message.show")), actions.toString());
    }

    @Test
    void aReportReachesWhoLooksAfterTheChannelUntilTheyAct() throws Exception {
        Message sent = fixture.messages.post(mikkel, group, "Kom til fest hos mig, tag jeres egne øl med");
        assertEquals("messaging.refused.ownReport", assertThrows(MessagingRefusedException.class,
                () -> fixture.moderation.report(mikkel, group, sent.seq(), "Ups")).reason());
        assertThrows(AccessDeniedException.class, () -> fixture.moderation.report(
                fixture.caller("company@nextwork.example"), group, sent.seq(), "Ikke i orden"), "not a member");
        assertThrows(AccessDeniedException.class, () -> fixture.moderation.report(coordinator, group, sent.seq(), "Hmm"),
                "a coordinator reads the group along and writes nothing there");
        fixture.moderation.report(noah, group, sent.seq(), "Vi er ikke alle over 18");
        List<Report> open = fixture.moderation.openReports(jonas);
        assertEquals(1, open.size());
        assertEquals("Noah Vestergaard (demo)", open.get(0).reporterName());
        assertEquals("Vi er ikke alle over 18", open.get(0).reason());
        assertEquals(sent.text(), open.get(0).message().text());
        assertEquals(List.of(), fixture.moderation.openReports(noah), "a member does not see the reports");
        assertEquals(List.of(), fixture.moderation.openReports(coordinator), "the group's reports are Jonas's");

        fixture.moderation.letStand(jonas, group, sent.seq());
        assertEquals(List.of(), fixture.moderation.openReports(jonas));
        fixture.moderation.report(noah, group, sent.seq(), "Stadig ikke i orden");
        fixture.moderation.hide(jonas, group, sent.seq(), "Fester aftaler vi ikke her.");
        assertEquals(List.of(), fixture.moderation.openReports(jonas), "hiding closes the reports");
        assertTrue(fixture.programme.identity.audit.recent(20, 1).stream().map(AuditEntry::action).toList()
                .containsAll(List.of("messaging.message.report", "messaging.report.letStand")));
    }

    @Test
    void theCompanyNetworksReportsReachTheCoordinators() throws Exception {
        Caller sara = fixture.caller("company@nextwork.example");
        Caller other = new Caller(ReportingFixture.representative("midtvejs-lager"), "test");
        Message sent = fixture.messages.post(sara, Channel.COMPANIES_ID, "Ring til mig direkte");
        fixture.moderation.report(other, Channel.COMPANIES_ID, sent.seq(), "Spam");
        assertEquals(1, fixture.moderation.openReports(coordinator).size());
        assertEquals(List.of(), fixture.moderation.openReports(jonas));
        assertThrows(AccessDeniedException.class, () -> fixture.moderation.hide(other, Channel.COMPANIES_ID, sent.seq(), "Spam"));
    }

    @Test
    void aReportOfTheCounsellorsOwnMessageReachesTheCoordinatorsInAThreadToo() throws Exception {
        Message jonasSays = fixture.messages.post(jonas, group, "Mikkel, nu må du tage dig sammen.");
        fixture.moderation.report(mikkel, group, jonasSays.seq(), "Det føltes ikke rart");
        assertEquals(List.of(), fixture.moderation.openReports(jonas), "nobody judges their own message");
        assertThrows(AccessDeniedException.class, () -> fixture.moderation.hide(jonas, group, jonasSays.seq(), "Væk"));
        assertThrows(AccessDeniedException.class, () -> fixture.moderation.letStand(jonas, group, jonasSays.seq()));
        List<Report> judged = fixture.moderation.openReports(coordinator);
        assertEquals(List.of(jonasSays.text()), judged.stream().map(report -> report.message().text()).toList());

        String thread = Channel.counselId(mikkel.user().id());
        Message inThread = fixture.messages.post(jonas, thread, "Ring til mig på min private telefon i aften.");
        Message answer = fixture.messages.post(mikkel, thread, "Okay");
        fixture.moderation.report(mikkel, thread, inThread.seq(), "Det er mærkeligt");
        assertThrows(AccessDeniedException.class, () -> fixture.messages.find(coordinator, thread, inThread.seq()),
                "coordinators never read the threads");
        judged = fixture.moderation.openReports(coordinator);
        assertEquals(Set.of(jonasSays.text(), inThread.text()), judged.stream().map(report -> report.message().text())
                .collect(Collectors.toSet()), "but they read the message reported to them");
        assertThrows(AccessDeniedException.class, () -> fixture.moderation.hide(coordinator, thread, answer.seq(), "Nej"),
                "only the reported message");

        Message hidden = fixture.moderation.hide(coordinator, thread, inThread.seq(), "Kontakten går gennem portalen.");
        assertEquals("Kontakten går gennem portalen.", hidden.hidden().orElseThrow().reason());
        assertEquals("", fixture.messages.find(mikkel, thread, inThread.seq()).orElseThrow().text(), "hidden from Mikkel");
        assertThrows(AccessDeniedException.class, () -> fixture.moderation.show(jonas, thread, inThread.seq()),
                "he cannot show his own message again");
        fixture.moderation.letStand(coordinator, group, jonasSays.seq());
        assertEquals(List.of(), fixture.moderation.openReports(coordinator));
        assertThrows(AccessDeniedException.class, () -> fixture.moderation.letStand(coordinator, group, jonasSays.seq()),
                "judged: the group is Jonas's to look after again");
    }
}
