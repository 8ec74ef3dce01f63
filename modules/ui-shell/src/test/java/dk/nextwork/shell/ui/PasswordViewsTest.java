package dk.nextwork.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignInResult;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.testing.RunningPlatform;

/** The sign-in form, choosing a password through a link, and changing one's password, in the views. */
class PasswordViewsTest {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private IdentityFixture identity;

    @BeforeEach
    void wire() {
        identity = new IdentityFixture(running.platform(), running.clock());
    }

    @AfterEach
    void stop() {
        Shell.stop();
    }

    private PasswordField field(String label) {
        return _get(PasswordField.class, spec -> spec.withLabel(label));
    }

    @Test
    void aWrongPasswordIsShownAsAnErrorAndRepeatedFailuresAsAWait() {
        Shell.start(identity, null, List.of());
        UI.getCurrent().navigate("login");
        LoginForm form = _get(LoginForm.class);
        LoginFormKt._login(form, "youth@nextwork.example", "not the password");
        assertTrue(form.isError());
        assertTrue(errorShown(form).contains("Forkert e-mailadresse eller adgangskode."), errorShown(form));
        for (int i = 0; i < 5; i++) {
            LoginFormKt._login(form, "youth@nextwork.example", "still not it");
        }
        assertTrue(errorShown(form).contains("For mange forsøg. Prøv igen om 1 minut(ter), eller få et link"),
                errorShown(form));
        assertTrue(!errorShown(form).contains("is required"), "no English on a Danish screen: " + errorShown(form));
    }

    /** The texts the form shows, as sent to the browser. */
    private static String errorShown(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void anInviteeChoosesAPasswordInTheViewWithTheRulesExplained() throws Exception {
        SignedInUser coordinator = ((SignInResult.SignedIn) identity.signIn.signIn("coordinator@nextwork.example",
                "demo-koordinator-2026", Caller.anonymous("192.0.2.1"))).user();
        UserAccount invitee = identity.accounts.create(coordinator, "ida@example.org", "Ida Holm", Set.of(Role.YOUTH), null, "da");
        identity.links.invite(coordinator, invitee.id());
        Matcher token = TOKEN.matcher(identity.mail.outboxMessages().get(0).text());
        assertTrue(token.find());

        Shell.start(identity, null, List.of());
        UI.getCurrent().navigate("password", com.vaadin.flow.router.QueryParameters.of("token", token.group(1)));
        _setValue(field("Ny adgangskode"), "sol over søen i dag");
        _setValue(field("Gentag adgangskoden"), "sol over søen i går");
        _click(_get(Button.class, spec -> spec.withText("Gem adgangskode")));
        assertEquals("De to adgangskoder er ikke ens.", field("Gentag adgangskoden").getErrorMessage());

        _setValue(field("Ny adgangskode"), "password2024");
        _setValue(field("Gentag adgangskoden"), "password2024");
        _click(_get(Button.class, spec -> spec.withText("Gem adgangskode")));
        assertTrue(field("Ny adgangskode").isInvalid());
        assertEquals("Adgangskoden er for almindelig. Vælg en, der er sværere at gætte.", field("Ny adgangskode").getErrorMessage());

        _setValue(field("Ny adgangskode"), "sol over søen i dag");
        _setValue(field("Gentag adgangskoden"), "sol over søen i dag");
        _click(_get(Button.class, spec -> spec.withText("Gem adgangskode")));
        assertEquals("Din adgangskode er gemt. Du kan nu logge ind.", _get(Paragraph.class).getText());
        assertInstanceOf(SignInResult.SignedIn.class, identity.signIn.signIn("ida@example.org", "sol over søen i dag", Caller.anonymous("192.0.2.1")));

        UI.getCurrent().navigate("password", com.vaadin.flow.router.QueryParameters.of("token", token.group(1)));
        assertEquals("Linket er udløbet eller allerede brugt. Bed om et nyt.", _get(Paragraph.class).getText());
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAtItsField() throws Exception {
        SignedInUser youth = ((SignInResult.SignedIn) identity.signIn.signIn("youth@nextwork.example", "demo-ung-2026",
                Caller.anonymous("192.0.2.1"))).user();
        Shell.start(identity, youth, List.of());
        UI.getCurrent().navigate("profile");
        _setValue(field("Nuværende adgangskode"), "forkert kode her");
        _setValue(field("Ny adgangskode"), "mit nye lange kodeord");
        _setValue(field("Gentag adgangskoden"), "mit nye lange kodeord");
        _click(_get(Button.class, spec -> spec.withText("Skift adgangskode")));
        assertEquals("Den nuværende adgangskode er forkert.", field("Nuværende adgangskode").getErrorMessage());
        assertInstanceOf(SignInResult.SignedIn.class, identity.signIn.signIn("youth@nextwork.example", "demo-ung-2026", Caller.anonymous("192.0.2.1")),
                "unchanged");
    }
}
