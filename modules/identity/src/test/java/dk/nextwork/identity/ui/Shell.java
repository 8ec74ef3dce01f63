package dk.nextwork.identity.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Relationships;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.WebSessions;
import dk.nextwork.identity.testing.VaadinShell;

/**
 * The application shell in Karibu-Testing, without a browser or servlet container: views are
 * built with the identity services of a running platform (as CDI builds them in the portal), and
 * every request carries the given user, as the authentication filter would set it.
 */
final class Shell {

    private Shell() {
    }

    static void start(IdentityFixture identity, SignedInUser user, List<Relationships> relationships) {
        PersonAccess access = new PersonAccess(identity.accounts, identity.audit, relationships);
        Navigation navigation = new Navigation(List.of(new IdentityNavigation()));
        WebSessions sessions = new WebSessions(identity.signIn, identity.platform.configuration());
        Map<Class<?>, Supplier<?>> views = new HashMap<>();
        views.put(MainLayout.class, () -> new MainLayout(navigation, identity.accounts, identity.audit));
        views.put(StartView.class, () -> new StartView(navigation));
        views.put(LoginView.class, () -> new LoginView(identity.signIn, sessions));
        views.put(ForgotPasswordView.class, () -> new ForgotPasswordView(identity.links));
        views.put(SetPasswordView.class, () -> new SetPasswordView(identity.links));
        views.put(ProfileView.class, () -> new ProfileView(identity.accounts, sessions));
        views.put(PeopleView.class, () -> unchecked(() -> new PeopleView(access)));
        views.put(PersonView.class, () -> new PersonView(access));
        views.put(AccountsView.class, () -> unchecked(() -> new AccountsView(identity.accounts, identity.links, identity.mail, identity.audit)));
        views.put(AuditView.class, () -> unchecked(() -> new AuditView(identity.audit, identity.accounts)));

        VaadinShell.start(identity, user, List.of(), views);
    }

    static void stop() {
        VaadinShell.stop();
    }

    private interface Construction<T> {
        T build() throws Exception;
    }

    private static <T> T unchecked(Construction<T> construction) {
        try {
            return construction.build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
