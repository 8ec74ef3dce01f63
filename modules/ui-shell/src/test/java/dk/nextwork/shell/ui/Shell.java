package dk.nextwork.shell.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Relationships;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.shell.testing.VaadinShell;

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
        Map<Class<?>, Supplier<?>> views = new HashMap<>();
        views.put(PeopleView.class, () -> VaadinShell.unchecked(() -> new PeopleView(access)));
        views.put(PersonView.class, () -> new PersonView(access));
        VaadinShell.start(identity, user, List.of(), views);
    }

    static void stop() {
        VaadinShell.stop();
    }
}
