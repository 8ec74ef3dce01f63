package dk.nextwork.messaging;

import java.util.Locale;

import dk.nextwork.platform.i18n.Texts;

/** A channel's name as its viewer reads it: one way for the messages and the start views. */
public final class ChannelTitles {

    private ChannelTitles() {
    }

    /** The group's name, the company network, or the thread named from the viewer's side. */
    public static String of(Channel channel, String viewerId, Locale locale) {
        Texts texts = Texts.of(ChannelTitles.class.getClassLoader());
        return switch (channel.kind()) {
            case GROUP -> channel.name();
            case COMPANIES -> texts.get(locale, "messaging.companies");
            case COUNSEL -> channel.id().equals(Channel.counselId(viewerId))
                    ? texts.get(locale, "messaging.counselOwn") : texts.get(locale, "messaging.counselWith", channel.name());
            case ENTRY -> texts.get(locale, "messaging.entryThread", channel.name());
        };
    }
}
