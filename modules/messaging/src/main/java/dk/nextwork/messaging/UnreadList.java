package dk.nextwork.messaging;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import dk.nextwork.shell.NavigationBadge;
import dk.nextwork.shell.TouchTarget;

/** The viewer's channels with unread messages, for a start view: each a link that opens the channel. */
public class UnreadList extends Composite<Div> {

    public UnreadList(List<UnreadChannel> unread, String viewerId) {
        getContent().addClassName("messages-unread");
        UnorderedList items = new UnorderedList();
        items.getStyle().set("padding-left", "0").set("list-style", "none").set("margin", "0");
        for (UnreadChannel each : unread) {
            Anchor link = TouchTarget.link(new Anchor(MessagingRoutes.channel(each.channel().id()), ChannelTitles.of(each.channel(), viewerId, getLocale())
                    + newIn(this, each.count(), getLocale())));
            ListItem item = new ListItem(link);
            item.addClassName("messages-unread-channel");
            items.add(item);
        }
        getContent().add(items);
    }

    /** How many new messages wait in a channel, as its link ends: " · 1 ny", " · 3 nye". */
    public static String newIn(com.vaadin.flow.component.Component in, int count, java.util.Locale locale) {
        return in.getTranslation(count == 1 ? "messaging.unreadInOne" : "messaging.unreadIn",
                NavigationBadge.shown(count, locale));
    }
}
