package dk.nextwork.messaging.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import dk.nextwork.messaging.Moderation;
import dk.nextwork.messaging.MessagingRefusedException;
import dk.nextwork.shell.Messages;

/** Asks why (hiding or reporting a message); the dialog stays open with the reason when the rules refuse. */
final class ReasonDialog extends Dialog {

    /** What is done with the reason. */
    @FunctionalInterface
    interface Action {
        void apply(String reason) throws MessagingRefusedException;
    }

    ReasonDialog(String title, String label, String confirm, Action action) {
        setHeaderTitle(title);
        TextArea reason = new TextArea(label);
        reason.setMaxLength(Moderation.MAX_REASON);
        reason.setWidthFull();
        reason.setId("reason-text");
        Paragraph problem = Messages.problem("reason-problem");
        add(reason, problem);
        Button done = new Button(confirm, click -> {
            try {
                action.apply(reason.getValue());
                close();
            } catch (MessagingRefusedException refused) {
                problem.setText(getTranslation(refused.reason(), refused.values()));
            }
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("reason-confirm");
        getFooter().add(new Button(getTranslation("messaging.cancel"), click -> close()), done);
    }
}
