package dk.nextwork.messaging.ui;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;

import dk.nextwork.identity.Caller;
import dk.nextwork.messaging.Channel;
import dk.nextwork.messaging.ChannelMessages;
import dk.nextwork.messaging.Channels;
import dk.nextwork.messaging.MessageFeed;
import dk.nextwork.messaging.Unread;
import dk.nextwork.shell.NavigationBadge;

/** The number of unread messages beside the messages' entry, changing as messages come, on whatever view. */
@ApplicationScoped
public class UnreadBadge implements NavigationBadge {

    private final Unread unread;
    private final Channels channels;
    private final ChannelMessages messages;
    private final MessageFeed feed;

    /** For CDI's client proxy only. */
    protected UnreadBadge() {
        this(null, null, null, null);
    }

    @Inject
    public UnreadBadge(Unread unread, Channels channels, ChannelMessages messages, MessageFeed feed) {
        this.unread = unread;
        this.channels = channels;
        this.messages = messages;
        this.feed = feed;
    }

    @Override
    public Class<? extends Component> view() {
        return MessagesView.class;
    }

    @Override
    public int count(Caller viewer) {
        return unread.total(viewer);
    }

    /** Follows the channels the count is of, from their newest message: anything new there may change it. */
    @Override
    public AutoCloseable watch(Caller viewer, Runnable changed) {
        List<AutoCloseable> follows = new ArrayList<>();
        for (Channel channel : channels.of(viewer.user())) {
            if (channel.writable()) {
                follows.add(feed.follow(viewer, channel.id(), messages.last(viewer, channel.id()), arrived -> {
                    if (!arrived.isEmpty()) {
                        changed.run();
                    }
                }));
            }
        }
        return () -> {
            for (AutoCloseable follow : follows) {
                follow.close();
            }
        };
    }

    @Override
    public String labelKey() {
        return "messaging.unreadBadge";
    }

    @Override
    public String labelKeyForOne() {
        return "messaging.unreadBadgeOne";
    }
}
