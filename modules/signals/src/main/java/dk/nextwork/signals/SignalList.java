package dk.nextwork.signals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;

import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.FormDialog;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.TouchTarget;

/**
 * Signals as a list for a start view or a person page: each a line in the viewer's words, the
 * positive ones first, and for those who may act on them the three follow-ups ("Talt med", "Møde
 * aftalt", "Intet behov") with an optional note. A signal acted on leaves the list.
 */
public class SignalList extends Composite<Div> {

    private final Signals signals;
    private final SignedInUser viewer;
    private final UnorderedList items = new UnorderedList();
    private final Paragraph none = new Paragraph();
    private final Paragraph status = Messages.status("signals-status");
    private final Map<String, SignalNames> names = new HashMap<>();

    public SignalList(Signals signals, SignedInUser viewer, List<Signal> shown) {
        this.signals = signals;
        this.viewer = viewer;
        getContent().addClassName("signal-list");
        none.setText(getTranslation("signals.list.none"));
        none.addClassName("signals-none");
        items.getStyle().set("padding-left", "0").set("list-style", "none");
        List<Signal> sorted = new ArrayList<>(shown);
        sorted.sort(Comparator.comparing((Signal signal) -> !signal.kind().positive())
                .thenComparing(Signal::raised, Comparator.reverseOrder()).thenComparing(Signal::id));
        for (Signal signal : sorted) {
            items.add(item(signal));
        }
        none.setVisible(sorted.isEmpty());
        getContent().add(status, none, items);
    }

    private ListItem item(Signal signal) {
        ListItem item = new ListItem();
        item.addClassNames("signal", signal.kind().positive() ? "signal-positive" : "signal-watch");
        item.getElement().setAttribute("data-kind", signal.kind().name());
        SignalNames words = names.computeIfAbsent(signal.youngPerson(), youngPerson -> signals.names(viewer, youngPerson));
        Span text = new Span(SignalTexts.text(signal, viewer, words, getLocale()));
        text.addClassName("signal-text");
        Span raised = new Span(getTranslation("signals.list.raised", Formats.date(signal.raised(), getLocale())));
        raised.addClassName("signal-raised");
        raised.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        item.add(text, raised);
        item.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        if (signals.mayAct(viewer, signal.youngPerson())) {
            FlexLayout actions = new FlexLayout();
            actions.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
            for (SignalAction action : SignalAction.values()) {
                Button button = new Button(getTranslation("signals.action." + action.name()),
                        click -> follow(item, signal, action));
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                button.addClassName("signal-action-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                button.getStyle().set("min-height", TouchTarget.MIN_HEIGHT);
                actions.add(button);
            }
            item.add(actions);
        }
        return item;
    }

    /** The dialog of one follow-up: the note, then saving it as done. */
    private void follow(ListItem item, Signal signal, SignalAction action) {
        FormDialog dialog = new FormDialog(getTranslation("signals.action." + action.name()), "signals-problem");
        TextArea note = TouchTarget.field(new TextArea(getTranslation("signals.act.note")));
        note.setMaxLength(Signals.MAX_NOTE);
        note.setWidthFull();
        note.addClassName("signal-note");
        Paragraph about = new Paragraph(SignalTexts.text(signal, viewer, names.get(signal.youngPerson()), getLocale()));
        dialog.fields(about, note);
        dialog.save(getTranslation("signals.act.save"), getTranslation("signals.act.cancel"), () -> {
            Signal done = signals.act(CurrentUser.caller(), signal.youngPerson(), signal.id(), action, note.getValue());
            items.remove(item);
            none.setVisible(items.getChildren().findAny().isEmpty());
            status.setText(SignalTexts.acted(done.acted().orElseThrow(), getLocale()));
        }).addClassName("signal-save");
        dialog.open();
    }
}
