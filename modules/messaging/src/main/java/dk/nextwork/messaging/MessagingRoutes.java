package dk.nextwork.messaging;

/** Where the messages open, for links from other modules. */
public final class MessagingRoutes {

    public static final String MESSAGES = "messages";
    public static final String AGENDA = "agenda";
    public static final String JOURNAL = "journal";
    public static final String NETWORK = "network";

    private MessagingRoutes() {
    }

    /** The messages with one channel open. */
    public static String channel(String channelId) {
        return MESSAGES + "?channel=" + channelId;
    }

    /**
     * A message's file, for its readers only ({@code rest.MessageFileResource}): an absolute path
     * outside the Vaadin application, never a public {@code /dam} address.
     */
    public static String file(Message message, Attachment file) {
        return "/api/messages/" + message.channel() + "/" + message.seq() + "/files/" + file.number() + "/" + file.fileName();
    }
}
