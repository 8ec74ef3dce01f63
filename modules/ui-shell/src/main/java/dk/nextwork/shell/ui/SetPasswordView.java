package dk.nextwork.shell.ui;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dk.nextwork.identity.OneTimeLinks;
import dk.nextwork.identity.PasswordRejectedException;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.PageTitles;

/** {@code /app/password?token=…}: where an invitation or reset link leads, to choose a password once. */
@Route("password")
@AnonymousAllowed
@Dependent
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OneTimeLinks links;

    @Inject
    public SetPasswordView(OneTimeLinks links) {
        this.links = links;
        setMaxWidth("32rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("shell.password.title")));
        String token = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of("")).get(0);
        Optional<UserAccount> account;
        account = links.accountFor(token);
        if (account.isEmpty()) {
            add(new Paragraph(getTranslation("shell.password.invalidLink")),
                    new RouterLink(getTranslation("shell.login.forgot"), ForgotPasswordView.class));
            return;
        }
        NewPassword password = new NewPassword();
        password.password.setWidthFull();
        password.repeat.setWidthFull();
        Button save = new Button(getTranslation("shell.password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            Optional<String> typed = password.value();
            if (typed.isEmpty()) {
                return;
            }
            try {
                links.setPassword(token, typed.get(), CurrentUser.caller());
            } catch (PasswordRejectedException rejected) {
                password.refused(rejected);
                return;
            } catch (IllegalArgumentException used) {
                removeAll();
                add(new H1(getTranslation("shell.password.title")), new Paragraph(getTranslation("shell.password.invalidLink")));
                return;
            }
            removeAll();
            add(new H1(getTranslation("shell.password.title")), new Paragraph(getTranslation("shell.password.saved")),
                    new RouterLink(getTranslation("shell.login.title"), LoginView.class));
        });
        add(new Paragraph(getTranslation("shell.password.for", account.get().email())), password.password, password.repeat, save);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("shell.password.title"));
    }
}
