package dk.nextwork.messaging.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dk.nextwork.shell.testing.VaadinShell.pageText;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import dk.nextwork.messaging.MessagingFixture;
import dk.nextwork.messaging.network.NetworkMeeting;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.shell.ui.AccessDeniedView;

/** The network meetings as Sara, another representative and the coordinator use them. */
class NetworkViewTest extends OverTheDemoViews {

    private static void signIn(MessagingFixture over, String email) throws Exception {
        signIn(over, over.programme.user(email));
        UI.getCurrent().navigate("network");
    }

    private static List<Div> agenda() {
        return _find(Div.class, spec -> spec.withClasses("network-agenda-item"));
    }

    private static String status() {
        return _get(Paragraph.class, spec -> spec.withClasses("network-status")).getText();
    }

    @Test
    void saraSharesAnExperienceOnTheAgendaAndEveryRepresentativeReadsItAsText() throws Exception {
        signIn(fixture, "company@nextwork.example");
        String page = pageText();
        assertTrue(page.contains("Næste møde: torsdag"), page);
        assertTrue(page.contains("Sådan gjorde vi: en fast makker"), "her experience from the demo");
        assertTrue(page.contains("Seks virksomheder var med."), "the last meeting's notes");
        assertTrue(page.contains("Skrevet af Hanne Lund (demo)"));
        assertFalse(page.contains("Sæt næste møde i kalenderen"), "planning is the coordinator's");
        assertTrue(_find(Button.class, spec -> spec.withClasses("network-notes-open")).isEmpty());

        _get(TextArea.class, spec -> spec.withId("network-share-text")).setValue("Ring 2610 1234, cpr 010203-1234");
        _get(Checkbox.class, spec -> spec.withId("network-share-agenda")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("network-share-send")));
        assertTrue(_get(Paragraph.class, spec -> spec.withClasses("network-share-problem")).getText().contains("CPR-nummer"));
        assertEquals("Ring 2610 1234, cpr 010203-1234", _get(TextArea.class, spec -> spec.withId("network-share-text")).getValue(),
                "what she wrote stays, to mend");
        assertEquals(1, agenda().size(), "nothing shared");

        _get(TextArea.class, spec -> spec.withId("network-share-text")).setValue(ATTEMPT);
        _click(_get(Button.class, spec -> spec.withId("network-share-send")));
        assertEquals("Din erfaring er delt og sat på dagsordenen.", status());
        assertEquals(2, agenda().size());
        Div hers = agenda().get(1);
        assertEquals(ATTEMPT, _get(hers, Paragraph.class, spec -> spec.withClasses("entry-text")).getText(), "as written, as text");
        assertEquals("Delt " + dk.nextwork.platform.i18n.Formats.date(running.clock().instant(), java.util.Locale.forLanguageTag("da")),
                _get(hers, Paragraph.class, spec -> spec.withClasses("entry-about")).getText(), "when, in the one date format");
        assertTrue(hers.getElement().getChildren().noneMatch(child -> child.getTag().equals("script") || child.getTag().equals("img")));
        _click(_get(hers, Button.class, spec -> spec.withClasses("network-withdraw")));
        assertEquals("Erfaringen er taget af dagsordenen.", status());
        assertEquals(1, agenda().size());
        assertEquals(1, _find(Div.class, spec -> spec.withClasses("network-own")).size(), "hers to put on it again");
        _click(_get(Button.class, spec -> spec.withClasses("network-propose")));
        assertEquals("Erfaringen er sat på dagsordenen.", status());

        signIn(fixture, "kim.thorsen@nextwork.example");
        assertEquals(2, agenda().size());
        assertTrue(pageText().contains(ATTEMPT));
        assertTrue(_find(Button.class, spec -> spec.withClasses("network-withdraw")).isEmpty(), "neither is Kim's");
    }

    @Test
    void theCoordinatorPlansTheNextMeetingAndWritesItsNotesOnceItHasBegun() throws Exception {
        signIn(fixture, "coordinator@nextwork.example");
        _get(DatePicker.class, spec -> spec.withId("network-plan-day")).setValue(fixture.network.today().minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("network-plan-save")));
        assertTrue(_get(Paragraph.class, spec -> spec.withClasses("network-plan-problem")).getText().contains("ikke er gået"));

        NetworkMeeting next = fixture.network.next(fixture.caller("coordinator@nextwork.example")).orElseThrow();
        MessagingFixture during = fixture.at(Clock.fixed(next.day().atTime(10, 0).atZone(PortalTime.ZONE).toInstant(), PortalTime.ZONE));
        signIn(during, "coordinator@nextwork.example");
        assertTrue(pageText().contains("Næste møde er ikke sat i kalenderen endnu."), pageText());
        List<Div> held = _find(Div.class, spec -> spec.withClasses("network-meeting"));
        assertEquals(2, held.size());
        assertTrue(held.get(0).getElement().getTextRecursively().contains("Referatet er ikke skrevet endnu."));
        _click(_get(held.get(0), Button.class, spec -> spec.withClasses("network-notes-open")));
        TextArea notes = _get(held.get(0), TextArea.class);
        notes.setValue("   ");
        _click(_get(held.get(0), Button.class, spec -> spec.withClasses("network-notes-save")));
        assertEquals("Skriv referatet, før du gemmer.", _get(held.get(0), Paragraph.class,
                spec -> spec.withClasses("network-notes-problem")).getText());
        notes.setValue("Vi talte om " + ATTEMPT);
        _click(_get(held.get(0), Button.class, spec -> spec.withClasses("network-notes-save")));
        assertEquals("Referatet er gemt.", status());

        signIn(during, "company@nextwork.example");
        assertTrue(pageText().contains("Vi talte om " + ATTEMPT), "every representative reads the notes");
        assertTrue(_find(Button.class, spec -> spec.withClasses("network-withdraw")).isEmpty(), "the meeting has begun");

        signIn(fixture, "youth@nextwork.example");
        assertEquals(1, _find(AccessDeniedView.class).size(), "the companies' meetings are not the young people's");
        signIn(fixture, "counsellor@nextwork.example");
        assertEquals(1, _find(AccessDeniedView.class).size());
    }
}
