package dk.nextwork.messaging.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;

import dk.nextwork.identity.Caller;
import dk.nextwork.messaging.Unread;
import dk.nextwork.shell.NavigationBadge;

/** The number of unread messages beside the messages' entry. */
@ApplicationScoped
public class UnreadBadge implements NavigationBadge {

    private final Unread unread;

    /** For CDI's client proxy only. */
    protected UnreadBadge() {
        this(null);
    }

    @Inject
    public UnreadBadge(Unread unread) {
        this.unread = unread;
    }

    @Override
    public Class<? extends Component> view() {
        return MessagesView.class;
    }

    @Override
    public int count(Caller viewer) {
        return unread.total(viewer);
    }

    @Override
    public String labelKey() {
        return "messaging.unreadBadge";
    }
}
