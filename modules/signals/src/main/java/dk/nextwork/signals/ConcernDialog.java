package dk.nextwork.signals;

import java.util.function.Consumer;

import com.vaadin.flow.component.textfield.TextArea;

import dk.nextwork.identity.SignedInUser;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.FormDialog;
import dk.nextwork.shell.TouchTarget;

/**
 * Where a company representative or a counsellor writes a concern about a young person: a short
 * reason, which the young person can read too (the dialog says so). Refusals (no reason, too long)
 * keep it open; a saved concern goes to {@code saved}.
 */
public class ConcernDialog extends FormDialog {

    private final TextArea reason;

    public ConcernDialog(Signals signals, SignedInUser viewer, String youngPerson, Consumer<Signal> saved) {
        this(signals, youngPerson, signals.names(viewer, youngPerson), saved);
    }

    private ConcernDialog(Signals signals, String youngPerson, SignalNames names, Consumer<Signal> saved) {
        super("", "signals-problem");
        setHeaderTitle(getTranslation("signals.concern.title", names.youngPerson()));
        reason = TouchTarget.field(new TextArea(getTranslation("signals.concern.reason")));
        reason.setHelperText(getTranslation("signals.concern.helper", Signals.MAX_REASON, names.youngPerson()));
        reason.setMaxLength(Signals.MAX_REASON);
        reason.setWidthFull();
        reason.addClassName("concern-reason");
        fields(reason);
        save(getTranslation("signals.concern.save"), getTranslation("signals.concern.cancel"),
                () -> saved.accept(signals.flagConcern(CurrentUser.caller(), youngPerson, reason.getValue())))
                .addClassName("concern-save");
    }

    /** The reason field, for views that put text in it (and tests). */
    public TextArea reason() {
        return reason;
    }
}
