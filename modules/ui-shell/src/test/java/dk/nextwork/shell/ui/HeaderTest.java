package dk.nextwork.shell.ui;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinSession;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.identity.SignInResult;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Navigation;

/**
 * The header at every width: the product name, and for someone signed in a user menu that holds
 * the language switch too, since on a phone's narrow header (shell.css) the header's own switch
 * gives way to it and the user's name is read out but not shown.
 */
class HeaderTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private IdentityFixture identity;

    @BeforeEach
    void accounts() {
        identity = new IdentityFixture(running.platform(), running.clock());
    }

    @AfterEach
    void stop() {
        Shell.stop();
    }

    private SignedInUser signIn(String email, String password) throws Exception {
        SignedInUser user = ((SignInResult.SignedIn) identity.signIn.signIn(email, password,
                Caller.anonymous("192.0.2.9"))).user();
        Shell.start(identity, user, List.of());
        UI.getCurrent().navigate("profile");
        return user;
    }

    private static HorizontalLayout header() {
        return _get(HorizontalLayout.class, spec -> spec.withClasses("app-header"));
    }

    private static MenuItem opener() {
        return _get(MenuBar.class, spec -> spec.withClasses("user-menu-bar")).getItems().get(0);
    }

    @Test
    void theUserMenuOpensWithAnIconAndTheWholeNameAndHasTheLanguageSwitch() throws Exception {
        SignedInUser mikkel = signIn("youth@nextwork.example", "demo-ung-2026");
        // the product's declared name (the shell's tests declare none; the web application declares NExTWORK)
        assertEquals("portal", _get(Span.class, spec -> spec.withClasses("app-title")).getText());
        assertTrue(header().hasClassName("signed-in"), "the class that lets the user menu take the switch on a phone");

        MenuItem opener = opener();
        assertEquals(1, opener.getChildren().filter(Icon.class::isInstance).count(), "what a phone shows");
        Span name = (Span) opener.getChildren().filter(Span.class::isInstance).findFirst().orElseThrow();
        assertEquals(mikkel.displayName(), name.getText(), "the whole name, the button's text at every width");
        assertTrue(name.hasClassName("user-name"));

        MenuItem language = opener.getSubMenu().getItems().stream().filter(item -> item.hasClassName("language-switch-item"))
                .findFirst().orElseThrow();
        assertEquals("English", language.getText());
        assertEquals("Switch to English", language.getElement().getAttribute("aria-label"));
        assertEquals("en", language.getElement().getAttribute("lang"));
        assertEquals(List.of("Min profil", "Skift adgangskode", "English", "Log ud", "Log ud alle steder"),
                opener.getSubMenu().getItems().stream().map(MenuItem::getText).toList());
        assertEquals(1, _find(Button.class, spec -> spec.withClasses("language-switch")).size(),
                "the header's own switch, for a wide screen");
    }

    @Test
    void theLanguageSwitchInTheUserMenuSwitchesAndIsRemembered() throws Exception {
        SignedInUser mikkel = signIn("youth@nextwork.example", "demo-ung-2026");
        _clickItemWithCaption(_get(MenuBar.class, spec -> spec.withClasses("user-menu-bar")), "English");
        assertEquals(Locale.ENGLISH, VaadinSession.getCurrent().getLocale());
        assertEquals("en", identity.accounts.find(mikkel.id()).orElseThrow().language(), "kept for the next sign-in");
    }

    @Test
    void someoneNotSignedInKeepsTheHeadersSwitchAtEveryWidth() {
        // the frame of an error page shown to someone not signed in: built as the router would
        Shell.start(identity, null, List.of());
        MainLayout frame = new MainLayout(new Navigation(List.of(new ShellNavigation())), identity.accounts, identity.audit);
        assertFalse(_get(frame, HorizontalLayout.class, spec -> spec.withClasses("app-header")).hasClassName("signed-in"),
                "no user menu to take it over");
        assertEquals(1, _find(frame, Button.class, spec -> spec.withClasses("language-switch")).size());
        assertTrue(_find(frame, MenuBar.class).isEmpty());
    }
}
