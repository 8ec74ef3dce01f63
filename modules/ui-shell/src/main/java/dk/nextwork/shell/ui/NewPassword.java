package dk.nextwork.shell.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.PasswordField;

import dk.nextwork.identity.PasswordRejectedException;

/** A new password typed twice, with the policy as a hint; the fields go wherever the view puts them. */
final class NewPassword {

    final PasswordField password;
    final PasswordField repeat;

    NewPassword() {
        UI ui = UI.getCurrent();
        password = new PasswordField(ui.getTranslation("shell.password.new"));
        password.setHelperText(ui.getTranslation("shell.password.hint"));
        repeat = new PasswordField(ui.getTranslation("shell.password.repeat"));
    }

    /** The new password when both are the same; otherwise the repeat field says so. */
    Optional<String> value() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(repeat.getTranslation("shell.password.mismatch"));
            repeat.setInvalid(true);
            return Optional.empty();
        }
        return Optional.of(password.getValue());
    }

    /** Shows why the policy refused the password, at the password field. */
    void refused(PasswordRejectedException rejected) {
        password.setErrorMessage(password.getTranslation(rejected.reason(), rejected.values()));
        password.setInvalid(true);
    }

    void clear() {
        password.clear();
        repeat.clear();
    }
}
