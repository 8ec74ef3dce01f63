package dk.nextwork.messaging.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;

import dk.nextwork.identity.SignedInUser;
import dk.nextwork.messaging.Channel;
import dk.nextwork.program.NetworkGroups;
import dk.nextwork.reporting.ReportingFixture;
import dk.nextwork.shell.testing.VaadinShell;

/** The messages view for each role: their channels, the conversation, writing, and what is refused with the reason. */
class MessagesViewTest extends OverTheDemoViews {

    private static List<String> badges() {
        return _find(Span.class, spec -> spec.withClasses("nav-badge")).stream()
                .map(badge -> badge.getElement().getTextRecursively()).toList();
    }

    /** The messages' texts as the browser shows them. */
    private static List<String> texts() {
        return _find(Div.class, spec -> spec.withClasses("message-text")).stream()
                .map(text -> VaadinShell.text(text.getElement())).toList();
    }

    /** The message whose own text (not a reply's quote of another) contains the words. */
    private static Div saying(String words) {
        return _find(Div.class, spec -> spec.withClasses("message")).stream()
                .filter(message -> html(message).contains(words)).findFirst().orElseThrow();
    }

    private static String html(Div message) {
        return _get(message, Div.class, spec -> spec.withClasses("message-text")).getElement().getProperty("innerHTML");
    }

    @Test
    void aYoungPersonReadsTheGroupAndWritesWhatShowsAsWritten() throws Exception {
        signIn(fixture.programme.user("youth@nextwork.example"));
        UI.getCurrent().navigate("messages");
        assertEquals(List.of("Tirsdagsgruppen", "Dig og din vejleder"),
                _find(Anchor.class).stream().filter(link -> link.getHref().startsWith("messages?channel="))
                        .map(Anchor::getText).toList());
        assertTrue(texts().contains("Sejt! Hvordan fik du styr på listerne?"), "the demo group's conversation");
        String attempt = "<script>alert(1)</script> <img src=x onerror=alert(2)> [klik](javascript:alert(3))";
        _get(TextArea.class, spec -> spec.withId("message-text")).setValue(attempt);
        _click(_get(Button.class, spec -> spec.withId("message-send")));
        String shownAttempt = "<script>alert(1)</script> <img src=x onerror=alert(2)> klik";
        assertEquals(shownAttempt, texts().get(texts().size() - 1), "as text: nothing in it runs, the script link is only its text");
        Div last = _find(Div.class, spec -> spec.withClasses("message")).stream().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.getElement().getChildren().noneMatch(child -> child.getTag().equals("script")));
        String html = html(last);
        assertFalse(html.contains("<script") || html.contains("<img") || html.contains("javascript") || html.contains("href"), html);
        assertEquals(1, _find(last, Button.class, spec -> spec.withText("Ret")).size(), "his new message can be changed");
        assertEquals(1, _find(last, Button.class, spec -> spec.withText("Slet")).size(), "and deleted");
        assertEquals(1, _find(Button.class, spec -> spec.withText("Ret")).size(), "his demo messages are past the ten minutes");
        assertEquals(3, _find(Button.class, spec -> spec.withText("Slet")).size(), "but still his to delete");

        _click(_get(last, Button.class, spec -> spec.withText("Slet")));
        com.vaadin.flow.component.confirmdialog.ConfirmDialog sure = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertEquals(shownAttempt, texts().get(texts().size() - 1), "asked first: nothing deleted yet");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(sure);
        assertTrue(last.getElement().getTextRecursively().contains("Beskeden er slettet."));

        _get(TextArea.class, spec -> spec.withId("message-text")).setValue("Mit cpr-nummer er 010203-1234");
        _click(_get(Button.class, spec -> spec.withId("message-send")));
        assertTrue(_get(Paragraph.class, spec -> spec.withClasses("messages-status")).getText().contains("CPR-nummer"));
        assertEquals(last.getElement().getAttribute("data-seq"), _find(Div.class, spec -> spec.withClasses("message")).stream()
                .reduce((a, b) -> b).orElseThrow().getElement().getAttribute("data-seq"), "nothing sent");
    }

    @Test
    void filesGoWithAMessageAndShowForItsReadersWithTheirNamesAsText() throws Exception {
        signIn(fixture.programme.user("youth@nextwork.example"));
        UI.getCurrent().navigate("messages");
        Div photo = saying("varemodtagelsen alene");
        com.vaadin.flow.component.html.Image image = _get(photo, com.vaadin.flow.component.html.Image.class);
        assertEquals("Billede fra Mikkel Holm (demo): varemodtagelse.jpg", image.getAlt().orElseThrow(),
                "the demo's photo, described for who cannot see it");
        assertTrue(image.getSrc().matches("/api/messages/group-[^/]+/2/files/1/varemodtagelse.jpg"), image.getSrc());

        FilePicker picker = _get(FilePicker.class);
        String status = "";
        picker.take("noter.txt", "bare tekst".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        status = _get(Paragraph.class, spec -> spec.withClasses("messages-status")).getText();
        assertEquals("Kun PNG- og JPEG-billeder og PDF-dokumenter kan lægges op.", status);
        String odd = "<img src=x onerror=alert(1)> uge 49.pdf";
        picker.take(odd, dk.nextwork.dam.ExamplePdf.page("Vagtplan", "Uge 49"));
        picker.take("ekstra.pdf", dk.nextwork.dam.ExamplePdf.page("Ekstra", "Tages af igen"));
        assertEquals(List.of(odd + " (1 kB)", "ekstra.pdf (1 kB)"), waiting());
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Fjern ekstra.pdf")));
        assertEquals(List.of(odd + " (1 kB)"), waiting());
        _click(_get(Button.class, spec -> spec.withId("message-send")));

        Div mine = _find(Div.class, spec -> spec.withClasses("message")).stream().reduce((a, b) -> b).orElseThrow();
        Anchor file = _get(mine, Anchor.class, spec -> spec.withClasses("message-file"));
        assertEquals(odd + "PDF, 1 kB", file.getElement().getTextRecursively(), "the name as text, never as markup");
        assertTrue(file.getHref().endsWith("/files/1/-img-src-x-onerror-alert-1-uge-49.pdf"), file.getHref());
        assertTrue(_find(mine, Div.class, spec -> spec.withClasses("message-text")).isEmpty(), "a file may go without words");
        assertEquals(List.of(), waiting(), "sent: nothing waits any more");

        signIn(fixture.programme.user("noah.vestergaard@nextwork.example"));
        UI.getCurrent().navigate("messages");
        Div seen = _find(Div.class, spec -> spec.withClasses("message")).stream().reduce((a, b) -> b).orElseThrow();
        assertEquals(file.getHref(), _get(seen, Anchor.class, spec -> spec.withClasses("message-file")).getHref(),
                "the group reads it too");
    }

    private static List<String> waiting() {
        return _find(com.vaadin.flow.component.html.ListItem.class).stream()
                .filter(item -> item.getParent().filter(list -> list.hasClassName("file-picker-waiting")).isPresent())
                .map(item -> _get(item, Span.class).getText()).toList();
    }

    @Test
    void aReplyShowsWhatItAnswersAndAMentionStandsOutForWhoIsMentioned() throws Exception {
        signIn(fixture.programme.user("youth@nextwork.example"));
        UI.getCurrent().navigate("messages");
        Div question = saying("Sejt! Hvordan fik du styr på listerne?");
        assertTrue(VaadinShell.text(question.getElement()).contains("Svar til Mikkel"), "the demo's question answers him");
        _click(_get(question, Button.class, spec -> spec.withText("Svar")));
        String bar = VaadinShell.text(_get(Div.class, spec -> spec.withClasses("composer-reply")).getElement());
        assertTrue(bar.startsWith("Du svarer Noah"), bar);
        _click(_get(Button.class, spec -> spec.withId("message-reply-stop")));
        assertTrue(_find(Div.class, spec -> spec.withClasses("composer-reply")).isEmpty(), "taken back");
        _click(_get(question, Button.class, spec -> spec.withText("Svar")));
        _get(TextArea.class, spec -> spec.withId("message-text")).setValue("**Tak**, @Noah! Jeg skrev en liste:\n- kasser\n- paller");
        _click(_get(Button.class, spec -> spec.withId("message-send")));

        Div mine = _find(Div.class, spec -> spec.withClasses("message")).stream().reduce((a, b) -> b).orElseThrow();
        assertTrue(VaadinShell.text(mine.getElement()).contains("Svar til Noah"), VaadinShell.text(mine.getElement()));
        assertTrue(html(mine).contains("<strong>Tak</strong>"), html(mine));
        assertTrue(html(mine).contains("<strong class=\"mention\">&#64;Noah</strong>"), html(mine));
        assertTrue(html(mine).contains("<li>kasser</li>"), html(mine));
        assertTrue(_find(Div.class, spec -> spec.withClasses("composer-reply")).isEmpty(), "the next message answers none");
        assertFalse(mine.hasClassName("mentions-you"), "not his own mention");

        signIn(fixture.programme.user("noah.vestergaard@nextwork.example"));
        UI.getCurrent().navigate("messages");
        Div toNoah = _find(Div.class, spec -> spec.withClasses("message")).stream().reduce((a, b) -> b).orElseThrow();
        assertTrue(toNoah.hasClassName("mentions-you"));
        assertTrue(VaadinShell.text(toNoah.getElement()).contains("Nævner dig"), "said, not only shown");
    }

    @Test
    void anEndedGroupsConversationIsReadNotWrittenIn() throws Exception {
        SignedInUser jonas = fixture.programme.user("counsellor@nextwork.example");
        new NetworkGroups(running.platform().repository(), fixture.programme.identity.accounts, fixture.programme.identity.audit,
                running.clock()).end(ReportingFixture.COORDINATOR, fixture.programme.programme.groupsLedBy(jonas.id()).get(0).id(),
                dk.nextwork.platform.time.PortalTime.today(running.clock()));
        signIn(fixture.programme.user("youth@nextwork.example"));
        UI.getCurrent().navigate("messages");
        assertTrue(texts().contains("Sejt! Hvordan fik du styr på listerne?"), "still there to read");
        assertTrue(_find(TextArea.class, spec -> spec.withId("message-text")).isEmpty(), "nothing to write with");
        assertTrue(_find(Button.class, spec -> spec.withText("Svar")).isEmpty(), "nor to answer with");
        assertTrue(VaadinShell.pageText().contains("Gruppen er afsluttet. Du kan stadig læse, hvad I skrev, men ikke skrive nyt."));
    }

    @Test
    void theMenusCountRisesLiveWhileTheYoungPersonIsOnAnotherView() throws Exception {
        SignedInUser jonas = fixture.programme.user("counsellor@nextwork.example");
        String group = Channel.groupId(fixture.programme.programme.groupsLedBy(jonas.id()).get(0).id());
        signIn(fixture.programme.user("youth@nextwork.example"));
        UI.getCurrent().navigate("journal");
        assertEquals(List.of("11 ulæst besked"), badges(), "the demo's answer he has not read (the number, then what it says aloud)");
        fixture.messages.post(fixture.caller("noah.vestergaard@nextwork.example"), group, "Er der nogen, der vil med til fodbold?");
        long until = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
        while (!badges().equals(List.of("22 ulæste beskeder")) && System.nanoTime() < until) {
            Thread.sleep(50);
            com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
        }
        assertEquals(List.of("22 ulæste beskeder"), badges(), "without leaving the journal");
    }

    @Test
    void eachPersonTurnsTheirOwnDigestOffAndOnWhereTheyReadTheirMessages() throws Exception {
        signIn(fixture.programme.user("youth@nextwork.example"));
        UI.getCurrent().navigate("messages");
        Checkbox wanted = _get(Checkbox.class, spec -> spec.withId("digest-wanted"));
        assertTrue(wanted.getValue(), "on until turned off");
        assertEquals("Send mig en mail, når der er nye beskeder (højst én om dagen)", wanted.getLabel());
        _setValue(wanted, false);
        assertEquals("Du får ikke længere mails om nye beskeder.",
                _get(Paragraph.class, spec -> spec.withClasses("digest-status")).getText());
        assertFalse(fixture.digests.wanted(fixture.caller("youth@nextwork.example")));
        assertTrue(fixture.digests.wanted(fixture.caller("noah.vestergaard@nextwork.example")), "his choice only");

        signIn(fixture.programme.user("youth@nextwork.example"));
        UI.getCurrent().navigate("messages");
        wanted = _get(Checkbox.class, spec -> spec.withId("digest-wanted"));
        assertFalse(wanted.getValue(), "kept");
        _setValue(wanted, true);
        assertTrue(fixture.digests.wanted(fixture.caller("youth@nextwork.example")));
    }

    @Test
    void theUnreadCountShowsInTheMenuAndBesideTheChannelUntilItIsOpened() throws Exception {
        SignedInUser noah = fixture.programme.user("noah.vestergaard@nextwork.example");
        signIn(noah);
        UI.getCurrent().navigate("messages", QueryParameters.simple(Map.of("channel", Channel.counselId(noah.id()))));
        Span badge = _get(Span.class, spec -> spec.withClasses("nav-badge"));
        assertEquals("2", badge.getElement().getChild(0).getTextRecursively());
        assertEquals("2 ulæste beskeder", _get(badge, Span.class, spec -> spec.withClasses("visually-hidden")).getText(),
                "what the number means, for a screen reader");
        assertEquals(List.of(" · 2 nye"), _find(Span.class, spec -> spec.withClasses("channel-unread")).stream()
                .map(Span::getText).toList(), "beside the group, not beside the open thread");

        UI.getCurrent().navigate("messages", QueryParameters.simple(Map.of("channel",
                Channel.groupId(fixture.programme.programme.groupsLedBy(
                        fixture.programme.user("counsellor@nextwork.example").id()).get(0).id()))));
        assertEquals(List.of(), _find(Span.class, spec -> spec.withClasses("nav-badge")), "read once it is open");
        assertEquals(List.of(), _find(Span.class, spec -> spec.withClasses("channel-unread")));
    }

    @Test
    void aMemberReportsAndTheCounsellorHidesWithAReason() throws Exception {
        signIn(fixture.programme.user("noah.vestergaard@nextwork.example"));
        UI.getCurrent().navigate("messages");
        Div mikkels = saying("varemodtagelsen");
        _click(_get(mikkels, Button.class, spec -> spec.withText("Anmeld")));
        _click(_get(Button.class, spec -> spec.withId("reason-confirm")));
        assertEquals("Skriv en begrundelse på højst 300 tegn.", _get(Paragraph.class, spec -> spec.withClasses("reason-problem")).getText(),
                "told why, the dialog still open");
        _get(TextArea.class, spec -> spec.withId("reason-text")).setValue("Det er ikke sandt");
        _click(_get(Button.class, spec -> spec.withId("reason-confirm")));
        assertEquals("Tak. Din anmeldelse er sendt videre.", _get(Paragraph.class, spec -> spec.withClasses("messages-status")).getText());
        VaadinShell.stop();

        signIn(fixture.programme.user("counsellor@nextwork.example"));
        UI.getCurrent().navigate("messages");
        Div report = _get(Div.class, spec -> spec.withClasses("report"));
        assertTrue(report.getElement().getTextRecursively().contains("Noah Vestergaard (demo) har anmeldt en besked fra Mikkel Holm (demo)"));
        assertEquals("Billede fra Mikkel Holm (demo): varemodtagelse.jpg",
                _get(report, com.vaadin.flow.component.html.Image.class).getAlt().orElseThrow(), "the reported photo, to judge");
        _click(_get(report, Button.class, spec -> spec.withText("Skjul")));
        _get(TextArea.class, spec -> spec.withId("reason-text")).setValue("Vi holder det venligt her.");
        _click(_get(Button.class, spec -> spec.withId("reason-confirm")));
        VaadinShell.stop();

        signIn(fixture.programme.user("noah.vestergaard@nextwork.example"));
        UI.getCurrent().navigate("messages");
        assertTrue(_find(Paragraph.class).stream().anyMatch(p -> p.getText().equals("En besked er skjult af den, der passer på samtalen.")));
        assertTrue(texts().stream().noneMatch(text -> text.contains("varemodtagelsen")), "its text is gone for the others");
        assertTrue(_find(Anchor.class, spec -> spec.withClasses("message-image")).isEmpty(), "and its photo");
        VaadinShell.stop();

        signIn(fixture.programme.user("youth@nextwork.example"));
        UI.getCurrent().navigate("messages");
        assertTrue(_find(Paragraph.class).stream().anyMatch(p -> p.getText().equals(
                "Din besked er skjult for de andre af Jonas Krogh (demo): \"Vi holder det venligt her.\"")), "its author reads why");
    }

    @Test
    void theCoordinatorReadsAlongAndOthersSeeOnlyTheirs() throws Exception {
        signIn(ReportingFixture.COORDINATOR);
        UI.getCurrent().navigate("messages");
        assertTrue(_find(TextArea.class).isEmpty(), "no composer");
        assertTrue(_find(Button.class, spec -> spec.withText("Anmeld")).isEmpty(), "nor reports: reading along only");
        assertTrue(_find(Paragraph.class).stream().anyMatch(p -> p.getText().startsWith("Du kan læse med her")));
        VaadinShell.stop();

        signIn(fixture.programme.user("emma.friis@nextwork.example"));
        UI.getCurrent().navigate("messages");
        assertTrue(_find(Paragraph.class).stream().anyMatch(p -> p.getText().startsWith("Du er ikke med i nogen samtaler")));
        VaadinShell.stop();

        signIn(fixture.programme.user("company@nextwork.example"));
        String group = "group-" + fixture.programme.programme.allGroups().get(0).id();
        UI.getCurrent().navigate("messages", QueryParameters.simple(Map.of("channel", group)));
        assertTrue(_find(Paragraph.class).stream().anyMatch(p -> p.getText().startsWith("Den samtale er du ikke med i")));
        assertTrue(texts().isEmpty(), "none of the group's messages");
    }
}
