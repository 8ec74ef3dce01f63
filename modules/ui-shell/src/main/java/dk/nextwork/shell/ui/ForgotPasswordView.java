package dk.nextwork.shell.ui;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dk.nextwork.identity.OneTimeLinks;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;

/** {@code /app/forgot}: asks for a reset link; answers the same whether the address has an account or not. */
@Route("forgot")
@AnonymousAllowed
@Dependent
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public ForgotPasswordView(OneTimeLinks links) {
        setMaxWidth("32rem");
        EmailField email = new EmailField(getTranslation("shell.login.username"));
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        Paragraph answer = Messages.status("forgot-password-message");
        Button send = new Button(getTranslation("shell.forgot.submit"), click -> {
            if (email.isInvalid() || email.getValue().isBlank()) {
                email.setInvalid(true);
                return;
            }
            links.requestReset(email.getValue(), CurrentUser.caller());
            answer.setText(getTranslation("shell.forgot.sent"));
            email.clear();
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("shell.forgot.title")), new Paragraph(getTranslation("shell.forgot.text")),
                email, send, answer, new RouterLink(getTranslation("shell.forgot.back"), LoginView.class));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("shell.forgot.title"));
    }
}
