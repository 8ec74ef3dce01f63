package dk.nextwork.signals;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.reporting.ReportingFixture;
import dk.nextwork.shell.testing.VaadinShell;

/** The list on a start view and the concern dialog, as each viewer gets them. */
class SignalListTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private SignalsFixture fixture;
    private String oliver;
    private String emma;

    @BeforeEach
    void detect() throws Exception {
        fixture = new SignalsFixture(running.platform(), running.clock());
        fixture.signals.detect(fixture.signals.today());
        oliver = fixture.id("oliver.jensen@nextwork.example");
        emma = fixture.id("emma.friis@nextwork.example");
    }

    @AfterEach
    void stop() {
        VaadinShell.stop();
    }

    private SignalList show(SignedInUser viewer, String youngPerson) {
        VaadinShell.start(fixture.reporting.identity, viewer, List.of(), Map.of());
        SignalList list = new SignalList(fixture.signals, viewer, fixture.signals.open(new Caller(viewer, "test"), youngPerson));
        UI.getCurrent().add(list);
        return list;
    }

    private static List<String> lines() {
        return _find(Span.class, spec -> spec.withClasses("signal-text")).stream().map(Span::getText).toList();
    }

    @Test
    void theCounsellorFollowsUpOnASignalWithANoteAndItLeavesTheList() throws Exception {
        SignedInUser jonas = fixture.user("counsellor@nextwork.example");
        show(jonas, oliver);
        assertEquals(2, lines().size());
        assertTrue(lines().stream().allMatch(line -> line.startsWith("Oliver: ")), lines().toString());
        assertEquals(2, _find(Button.class, spec -> spec.withText("Talt med")).size());
        assertEquals(2, _find(Button.class, spec -> spec.withText("Møde aftalt")).size());
        assertEquals(2, _find(Button.class, spec -> spec.withText("Intet behov")).size());

        ListItem absence = _find(ListItem.class, spec -> spec.withClasses("signal")).stream()
                .filter(item -> "ABSENCE_RISING".equals(item.getElement().getAttribute("data-kind"))).findFirst().orElseThrow();
        _click(_get(absence, Button.class, spec -> spec.withText("Møde aftalt")));
        _get(TextArea.class, spec -> spec.withClasses("signal-note")).setValue("Torsdag efter gruppen.");
        _click(_get(Button.class, spec -> spec.withClasses("signal-save")));

        assertEquals(1, lines().size());
        assertTrue(_get(Paragraph.class, spec -> spec.withClasses("signals-status")).getText().startsWith("Møde aftalt – Jonas"));
        Signal acted = fixture.signals.history(new Caller(jonas, "test"), oliver).stream()
                .filter(signal -> signal.kind() == SignalKind.ABSENCE_RISING).findFirst().orElseThrow();
        assertEquals(SignalAction.MEETING, acted.acted().orElseThrow().action());
        assertEquals("Torsdag efter gruppen.", acted.acted().orElseThrow().note());
    }

    @Test
    void theYoungPersonReadsAnInvitationAndHasNothingToClick() throws Exception {
        SignalList list = show(fixture.user("oliver.jensen@nextwork.example"), oliver);
        assertEquals(2, lines().size());
        assertTrue(lines().stream().allMatch(line -> line.endsWith("Tal med Jonas, hvis noget driller.")), lines().toString());
        assertTrue(lines().stream().anyMatch(line -> line.startsWith("Du har været væk")), lines().toString());
        assertTrue(_find(list, Button.class).isEmpty());
    }

    @Test
    void theRepresentativeSeesTheirConcernAndWritesAnotherThatMustHaveAReason() throws Exception {
        SignedInUser bakery = fixture.user("company@nextwork.example");
        SignalList list = show(bakery, emma);
        assertEquals(1, lines().size(), "the concern, not the missing reports");
        assertTrue(lines().get(0).startsWith("Emma: Surdejshjørnet er bekymret"));
        assertTrue(_find(list, Button.class).isEmpty(), "a company does not follow up on signals");

        List<String> saved = new java.util.ArrayList<>();
        ConcernDialog dialog = new ConcernDialog(fixture.signals, bakery, emma, signal -> saved.add(signal.id()));
        dialog.open();
        assertEquals("Bekymring om Emma", dialog.getHeaderTitle());
        _click(_get(Button.class, spec -> spec.withClasses("concern-save")));
        assertTrue(dialog.isOpened(), "refused: stays open");
        assertTrue(_find(Paragraph.class, spec -> spec.withClasses("signals-problem")).stream()
                .anyMatch(problem -> problem.getText().equals("Skriv kort, hvad du er bekymret for.")));
        assertTrue(saved.isEmpty());
        dialog.reason().setValue("Hun har været stille hele ugen.");
        _click(_get(Button.class, spec -> spec.withClasses("concern-save")));
        assertFalse(dialog.isOpened());
        assertEquals(1, saved.size());
        assertEquals(2, fixture.signals.open(new Caller(ReportingFixture.COORDINATOR, "test"), emma).stream()
                .filter(signal -> signal.kind() == SignalKind.CONCERN).count());
    }

    @Test
    void positiveSignalsComeFirst() throws Exception {
        SignedInUser jonas = fixture.user("counsellor@nextwork.example");
        String ali = fixture.id("ali.demir@nextwork.example");
        fixture.signals.flagConcern(new Caller(jonas, "test"), ali, "Ali virker stille i gruppen.");
        VaadinShell.start(fixture.reporting.identity, jonas, List.of(), Map.of());
        List<Signal> shown = new java.util.ArrayList<>(fixture.signals.open(new Caller(jonas, "test"), ali));
        java.util.Collections.reverse(shown);
        UI.getCurrent().add(new SignalList(fixture.signals, jonas, shown));
        List<String> kinds = _find(ListItem.class, spec -> spec.withClasses("signal")).stream()
                .map(item -> item.getElement().getAttribute("data-kind")).toList();
        assertEquals(List.of("NEW_HIGH", "CONCERN"), kinds);
    }
}
