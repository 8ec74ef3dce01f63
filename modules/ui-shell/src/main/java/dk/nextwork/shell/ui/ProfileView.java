package dk.nextwork.shell.ui;

import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;

import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.PasswordRejectedException;
import dk.nextwork.identity.RepresentedCompanies;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.WebSessions;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;

/** {@code /app/profile}: one's own account, and changing one's password. */
@Route(value = "profile", layout = MainLayout.class)
@PermitAll
@Dependent
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public ProfileView(Accounts accounts, WebSessions sessions, RepresentedCompanies companies) {
        SignedInUser user = CurrentUser.get();
        setMaxWidth("48rem");
        FormLayout facts = new FormLayout();
        facts.add(readOnly("shell.profile.name", user.displayName()), readOnly("shell.profile.email", user.email()),
                readOnly("shell.profile.roles", user.roles().stream().map(r -> getTranslation("identity.role." + r.id()))
                        .sorted().collect(Collectors.joining(", "))));
        if (user.has(Role.COMPANY_REP)) {
            facts.add(readOnly("shell.profile.company", companies.nameOf(user.company()).orElse(user.company())));
        }

        PasswordField current = new PasswordField(getTranslation("shell.profile.current"));
        NewPassword replacement = new NewPassword();
        Paragraph done = Messages.status("profile-message");
        Button change = new Button(getTranslation("shell.profile.changePassword"), click -> {
            current.setInvalid(false);
            Optional<String> typed = replacement.value();
            if (typed.isEmpty()) {
                return;
            }
            try {
                accounts.changePassword(CurrentUser.caller(), current.getValue(), typed.get());
                // the change ended every session of the account; this one goes on
                sessions.start(((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession(), user);
                current.clear();
                replacement.clear();
                done.setText(getTranslation("shell.profile.changed"));
            } catch (PasswordRejectedException rejected) {
                if (rejected.reason().equals("identity.refused.password.wrongCurrent") || rejected.reason().equals("identity.refused.password.tryLater")) {
                    current.setErrorMessage(getTranslation(rejected.reason(), rejected.values()));
                    current.setInvalid(true);
                } else {
                    replacement.refused(rejected);
                }
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout password = new FormLayout(current, replacement.password, replacement.repeat);
        add(new H1(getTranslation("shell.profile.title")), facts, new H2(getTranslation("shell.profile.changePassword")),
                password, change, done);
    }

    private TextField readOnly(String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        return field;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("shell.profile.title"));
    }
}
