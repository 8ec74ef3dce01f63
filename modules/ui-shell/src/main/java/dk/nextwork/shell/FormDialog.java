package dk.nextwork.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dk.nextwork.platform.i18n.RefusedException;

/**
 * The dialog in which a list's item is made or changed: a title, the fields, a line that tells
 * what the rules refused, and cancel and save. Save runs its action; when the rules refuse it the
 * dialog says why and stays open with everything typed; otherwise it closes.
 */
public class FormDialog extends Dialog {

    /** What saving does; a refusal keeps the dialog open. */
    @FunctionalInterface
    public interface Action {
        void run() throws RefusedException;
    }

    private final Paragraph problem;
    private final VerticalLayout fields = new VerticalLayout();

    /** {@code problemClass} names the refusal line (for styles and tests). */
    public FormDialog(String title, String problemClass) {
        setHeaderTitle(title);
        problem = Messages.problem(problemClass);
        fields.add(problem);
        add(fields);
    }

    public FormDialog fields(Component... added) {
        for (Component field : added) {
            fields.addComponentAtIndex(fields.indexOf(problem), field);
        }
        return this;
    }

    /** The save button (primary), with a cancel button before it; returned for an id or a state. */
    public Button save(String label, String cancelLabel, Action action) {
        Button save = new Button(label, click -> {
            try {
                action.run();
                close();
            } catch (RefusedException refused) {
                problem.setText(getTranslation(refused.reason(), refused.values()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(cancelLabel, click -> close()), save);
        return save;
    }

    /** Tells a refusal found before saving (such as a check of the fields). */
    public void refuse(String text) {
        problem.setText(text);
    }
}
