package dk.nextwork.messaging;

import com.vaadin.flow.component.UI;

/** A channel's name as its viewer reads it: one way for the messages and the start views. */
public final class ChannelTitles {

    private ChannelTitles() {
    }

    /** The group's name, the company network, or the thread named from the viewer's side. */
    public static String of(Channel channel, String viewerId) {
        UI ui = UI.getCurrent();
        return switch (channel.kind()) {
            case GROUP -> channel.name();
            case COMPANIES -> ui.getTranslation("messaging.companies");
            case COUNSEL -> channel.id().equals(Channel.counselId(viewerId))
                    ? ui.getTranslation("messaging.counselOwn") : ui.getTranslation("messaging.counselWith", channel.name());
            case ENTRY -> ui.getTranslation("messaging.entryThread", channel.name());
        };
    }
}
