package dk.nextwork.messaging.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.SignedInUser;
import dk.nextwork.messaging.MessagingFixture;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.shell.testing.VaadinShell;

/** What the messaging's view tests start from: the demo, and a signed-in shell holding every messaging view, its menu and its badge. */
abstract class OverTheDemoViews {

    /** Markup and a script link, to show they reach every view as text. */
    static final String ATTEMPT = "<script>alert(1)</script> <img src=x onerror=alert(2)> [klik](javascript:alert(3))";

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    MessagingFixture fixture;

    @BeforeEach
    void wire() {
        fixture = new MessagingFixture(running.platform(), running.clock());
    }

    @AfterEach
    void stop() {
        VaadinShell.stop();
    }

    void signIn(String email) throws Exception {
        signIn(fixture, fixture.programme.user(email));
    }

    void signIn(SignedInUser user) {
        signIn(fixture, user);
    }

    /** Signs in over the given services (another clock's, say). */
    static void signIn(MessagingFixture over, SignedInUser user) {
        VaadinShell.stop();
        Map<Class<?>, Supplier<?>> views = Map.of(
                JournalView.class, () -> new JournalView(over.journal),
                AgendaView.class, () -> new AgendaView(over.journal),
                NetworkView.class, () -> new NetworkView(over.network),
                MessagesView.class, () -> new MessagesView(over.channels, over.messages, over.feed, over.moderation,
                        over.unread, over.journal, over.digests));
        VaadinShell.start(over.programme.identity, user, List.of(new MessagingNavigation()),
                List.of(new UnreadBadge(over.unread, over.channels, over.messages, over.feed)), views, "dk.nextwork.messaging.ui");
    }
}
