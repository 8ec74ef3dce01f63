package dk.nextwork.messaging;

/** Where the messages open, for links from other modules. */
public final class MessagingRoutes {

    public static final String MESSAGES = "messages";

    private MessagingRoutes() {
    }

    /** The messages with one channel open. */
    public static String channel(String channelId) {
        return MESSAGES + "?channel=" + channelId;
    }
}
