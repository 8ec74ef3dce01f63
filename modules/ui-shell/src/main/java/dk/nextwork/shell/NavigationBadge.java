package dk.nextwork.shell;

import java.util.Locale;

import com.vaadin.flow.component.Component;

import dk.nextwork.identity.Caller;
import dk.nextwork.platform.i18n.Formats;

/**
 * A count beside a navigation entry, such as unread messages: a CDI bean of this type in the
 * module's bean archive. The shell asks again at every navigation, when a view says the count
 * changed ({@link MainLayout#refreshBadges}), and when the badge says so ({@link #watch}); 0 shows
 * nothing.
 */
public interface NavigationBadge {

    /** The view whose entry carries the count. */
    Class<? extends Component> view();

    /** How many things wait for the viewer behind the entry. */
    int count(Caller viewer);

    /** The text key of what the count says to a screen reader, with the count as {0} (e.g. "3 ulæste beskeder"). */
    String labelKey();

    /** The text key for a count of one, where the language says it otherwise ("1 ulæst besked"); the same key by default. */
    default String labelKeyForOne() {
        return labelKey();
    }

    /**
     * Lets the shell hear that the count may have changed while the viewer is on any view (a new
     * message, say): {@code changed} runs on a thread of the module's; the shell closes the handle
     * when its layout goes. Without it, the count is asked at each navigation only.
     */
    default AutoCloseable watch(Caller viewer, Runnable changed) {
        return () -> { };
    }

    /** The most a count shows as a number: more is written "99+". */
    int MOST_SHOWN = 99;

    /** A count as the views write it, in the viewer's language: more than {@value #MOST_SHOWN} as "99+". */
    static String shown(int count, Locale locale) {
        return count > MOST_SHOWN ? Formats.number(MOST_SHOWN, locale) + "+" : Formats.number(count, locale);
    }
}
