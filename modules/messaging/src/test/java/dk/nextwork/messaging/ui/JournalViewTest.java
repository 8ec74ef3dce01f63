package dk.nextwork.messaging.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dk.nextwork.shell.testing.VaadinShell.pageText;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import dk.nextwork.identity.Caller;
import dk.nextwork.messaging.journal.EntryKind;
import dk.nextwork.reporting.ReportingFixture;
import dk.nextwork.shell.testing.VaadinShell;
import dk.nextwork.shell.ui.AccessDeniedView;

/** The journal as Mikkel keeps it, and the agenda as his group and counsellor read it. */
class JournalViewTest extends OverTheDemoViews {

    private static List<Div> entries() {
        return _find(Div.class, spec -> spec.withClasses("journal-entry"));
    }

    private static String text(Div entry) {
        return entry.getElement().getTextRecursively();
    }

    @Test
    void mikkelWritesAnExperienceKeepsItToHimselfAndSharesItWithTheGroup() throws Exception {
        signIn("youth@nextwork.example");
        UI.getCurrent().navigate("journal");
        assertEquals(3, entries().size(), "the demo's three");
        assertEquals(2, entries().stream().filter(entry -> text(entry).contains("Kun for dig")).count());
        assertEquals(1, entries().stream().filter(entry -> text(entry).contains("På dagsordenen til mødet tirsdag")).count());

        _get(TextArea.class, spec -> spec.withId("journal-text")).setValue("Mit nummer er 010203-1234");
        _click(_get(Button.class, spec -> spec.withId("journal-save")));
        assertTrue(_get(Paragraph.class, spec -> spec.withClasses("journal-problem")).getText().contains("CPR-nummer"));
        assertEquals("Mit nummer er 010203-1234", _get(TextArea.class, spec -> spec.withId("journal-text")).getValue(),
                "what he wrote stays, to mend");
        assertEquals(3, entries().size(), "nothing saved");

        _get(TextArea.class, spec -> spec.withId("journal-text")).setValue(ATTEMPT);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<EntryKind> kind = _get(RadioButtonGroup.class, spec -> spec.withId("journal-kind"));
        kind.setValue(EntryKind.SOCIAL);
        _click(_get(Button.class, spec -> spec.withId("journal-save")));
        assertEquals("Din erfaring er gemt.", _get(Paragraph.class, spec -> spec.withClasses("journal-status")).getText());
        assertEquals("", _get(TextArea.class, spec -> spec.withId("journal-text")).getValue(), "the form is ready for the next");
        Div written = entries().stream().filter(entry -> text(entry).contains("<script>")).findFirst().orElseThrow();
        assertTrue(text(written).startsWith("Det sociale · "), text(written));
        assertTrue(text(written).contains("Kun for dig"));
        assertEquals(ATTEMPT, _get(written, Paragraph.class, spec -> spec.withClasses("entry-text")).getText(), "shown as written, as text");
        assertTrue(written.getElement().getChildren().noneMatch(child -> child.getTag().equals("script")));

        _click(_get(written, Button.class, spec -> spec.withClasses("entry-share")));
        written = entries().stream().filter(entry -> text(entry).contains("<script>")).findFirst().orElseThrow();
        assertTrue(text(written).contains("På dagsordenen til mødet tirsdag"), text(written));
        _click(_get(written, Button.class, spec -> spec.withClasses("entry-take-back")));
        written = entries().stream().filter(entry -> text(entry).contains("<script>")).findFirst().orElseThrow();
        assertTrue(text(written).contains("Kun for dig"), "taken back: " + text(written));
        _click(_get(written, Button.class, spec -> spec.withClasses("entry-share")));

        signIn("counsellor@nextwork.example");
        UI.getCurrent().navigate("agenda");
        String agenda = pageText();
        assertTrue(agenda.contains("Tirsdagsgruppen · tirsdag"), agenda);
        assertTrue(agenda.contains(ATTEMPT), "the shared one, as text");
        assertFalse(agenda.contains("Frokostpausen var svær"), "never a private one");
        assertEquals(3, _find(Div.class, spec -> spec.withClasses("shared-entry")).size(), "Noah's, Mikkel's from the demo, and this");
        List<Paragraph> shownTexts = _find(Paragraph.class, spec -> spec.withClasses("entry-text"));
        assertEquals(ATTEMPT, shownTexts.get(shownTexts.size() - 1).getText(), "the newest shared last");

        Anchor discuss = _find(Anchor.class).stream().filter(link -> link.getHref().startsWith("messages?channel=entry-"))
                .reduce((a, b) -> b).orElseThrow();
        UI.getCurrent().navigate("messages", com.vaadin.flow.router.QueryParameters.fromString(discuss.getHref().split("\\?")[1]));
        String discussion = pageText();
        assertTrue(discussion.contains("Om Mikkel Holm (demo)s erfaring"), discussion);
        assertTrue(discussion.contains(ATTEMPT), "the experience above its discussion");
        _get(TextArea.class, spec -> spec.withId("message-text")).setValue("Godt, at du delte det.");
        _click(_get(Button.class, spec -> spec.withId("message-send")));
        assertTrue(_find(Div.class, spec -> spec.withClasses("message-text")).stream()
                .anyMatch(text -> VaadinShell.text(text.getElement()).equals("Godt, at du delte det.")));
    }

    @Test
    void thePrivateEntriesAreInNoViewOfAnyoneElse() throws Exception {
        Caller mikkel = fixture.caller("youth@nextwork.example");
        String secret = fixture.journal.mine(mikkel).stream().filter(entry -> !entry.shared()).findFirst().orElseThrow().text();
        for (String email : List.of("counsellor@nextwork.example", "noah.vestergaard@nextwork.example", "coordinator@nextwork.example",
                "emma.friis@nextwork.example")) {
            signIn(email);
            for (String route : List.of("agenda", "journal", "messages")) {
                UI.getCurrent().navigate(route);
                assertFalse(pageText().contains(secret), email + " on " + route);
            }
        }
        signIn("emma.friis@nextwork.example");
        UI.getCurrent().navigate("agenda");
        assertTrue(pageText().contains("Der er ingen møder med dagsorden for dig lige nu."), "she is in no group: " + pageText());
        signIn("company@nextwork.example");
        UI.getCurrent().navigate("agenda");
        assertEquals(1, _find(AccessDeniedView.class).size(), "the group's agenda is not the companies'");
        UI.getCurrent().navigate("journal");
        assertEquals(1, _find(AccessDeniedView.class).size());
        signIn(ReportingFixture.COORDINATOR);
        UI.getCurrent().navigate("journal");
        assertEquals(1, _find(AccessDeniedView.class).size(), "only young people keep experiences");
    }
}
