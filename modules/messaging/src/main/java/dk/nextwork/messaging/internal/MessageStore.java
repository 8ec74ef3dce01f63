package dk.nextwork.messaging.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.jcr.Binary;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.dam.AssetType;
import dk.nextwork.messaging.Attachment;
import dk.nextwork.messaging.PendingFile;
import dk.nextwork.platform.repository.LargeFolders;

/**
 * Where messages live: {@value #ROOT}/{channel} keeps the last number given ({@code last}), and
 * each message is the child {@code m<number>}, found by its number (no child order, no query).
 * A number is given in the save that stores the message, so two writers on one channel, on one
 * app node or two, conflict and one tries again: numbers are never given twice or skipped.
 */
public final class MessageStore {

    public static final String ROOT = "/messages";
    static final String LAST = "last";

    private MessageStore() {
    }

    /** A message as stored, before the author's name is looked up. */
    public record Stored(String channel, long seq, String author, String text, Instant at, Optional<Instant> edited,
                         boolean deleted, Optional<Hiding> hidden, long replyTo, List<String> mentions,
                         List<Attachment> files) {
    }

    /** A moderator's hiding of a message. */
    public record Hiding(String by, String reason, Instant at) {
    }

    public static final String REPORTS = "reports";
    static final String FILES = "files";
    static final String FILE_PREFIX = "f";

    public static long last(Session session, String channel) throws RepositoryException {
        String path = ROOT + "/" + channel;
        return session.nodeExists(path) && session.getNode(path).hasProperty(LAST)
                ? session.getNode(path).getProperty(LAST).getLong() : 0;
    }

    /** Adds the message with the channel's next number (saved by the caller); {@code replyTo} 0 when it answers none. */
    public static long append(Session session, String channel, String author, String text, Instant at, long replyTo,
                              List<String> mentions) throws RepositoryException {
        return append(session, channel, author, text, at, replyTo, mentions, List.of());
    }

    /** Adds the message with its files ({@value #FILES}/f1, f2, …), each with its content. */
    public static long append(Session session, String channel, String author, String text, Instant at, long replyTo,
                              List<String> mentions, List<PendingFile> files) throws RepositoryException {
        Node node = LargeFolders.child(session.getNode(ROOT), channel);
        long seq = (node.hasProperty(LAST) ? node.getProperty(LAST).getLong() : 0) + 1;
        node.setProperty(LAST, seq);
        Node message = node.addNode(name(seq), LargeFolders.TYPE);
        message.setProperty("author", author);
        message.setProperty("text", text);
        message.setProperty("at", at.toString());
        if (replyTo > 0) {
            message.setProperty("replyTo", replyTo);
        }
        mention(message, mentions);
        if (!files.isEmpty()) {
            Node folder = message.addNode(FILES, "nt:unstructured");
            for (int i = 0; i < files.size(); i++) {
                PendingFile file = files.get(i);
                Node stored = folder.addNode(FILE_PREFIX + (i + 1), "nt:unstructured");
                stored.setProperty("label", file.label());
                stored.setProperty("fileName", file.fileName());
                stored.setProperty("assetType", file.type().name());
                stored.setProperty("size", file.size());
                stored.setProperty("width", (long) file.width());
                stored.setProperty("height", (long) file.height());
                Binary binary = session.getValueFactory().createBinary(new ByteArrayInputStream(file.bytes()));
                try {
                    stored.setProperty("data", binary);
                } finally {
                    binary.dispose();
                }
            }
        }
        return seq;
    }

    /** The content of a message's file {@code number}, if the message has it. */
    public static Optional<byte[]> content(Session session, String channel, long seq, int number) throws RepositoryException {
        String path = ROOT + "/" + channel + "/" + name(seq) + "/" + FILES + "/" + FILE_PREFIX + number;
        if (number < 1 || !session.nodeExists(path)) {
            return Optional.empty();
        }
        try (InputStream in = session.getNode(path).getProperty("data").getBinary().getStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new RepositoryException("The file " + path + " cannot be read", e);
        }
    }

    /** Removes a message's files, content and all (a deleted message keeps none); the caller saves. */
    public static void removeFiles(Node message) throws RepositoryException {
        if (message.hasNode(FILES)) {
            message.getNode(FILES).remove();
        }
    }

    /** Notes whom the message mentions (none: nothing kept); the caller saves. */
    public static void mention(Node message, List<String> mentions) throws RepositoryException {
        if (!mentions.isEmpty()) {
            message.setProperty("mentions", mentions.toArray(String[]::new));
        } else if (message.hasProperty("mentions")) {
            message.getProperty("mentions").remove();
        }
    }

    public static Optional<Node> node(Session session, String channel, long seq) throws RepositoryException {
        String path = ROOT + "/" + channel + "/" + name(seq);
        return session.nodeExists(path) ? Optional.of(session.getNode(path)) : Optional.empty();
    }

    public static Optional<Stored> read(Session session, String channel, long seq) throws RepositoryException {
        Optional<Node> node = node(session, channel, seq);
        return node.isPresent() ? Optional.of(stored(channel, seq, node.get())) : Optional.empty();
    }

    /** The messages numbered from {@code from} to {@code to}, in order. */
    public static List<Stored> range(Session session, String channel, long from, long to) throws RepositoryException {
        List<Stored> messages = new ArrayList<>();
        for (long seq = Math.max(1, from); seq <= to; seq++) {
            read(session, channel, seq).ifPresent(messages::add);
        }
        return messages;
    }

    /**
     * The number of the message a changed path says was edited or deleted, such as
     * {@code /messages/group-a/m12/edited}; 0 for any other path (a new message's own properties
     * among them, which a reader of what came after its last number already has).
     */
    public static long changedSeqIn(String path) {
        String[] parts = path.split("/");
        if (parts.length == 5 && parts[3].matches("m\\d+") && CHANGES.contains(parts[4])) {
            return Long.parseLong(parts[3].substring(1));
        }
        return 0;
    }

    /** The channel in a changed path below the root; empty for the root itself (anything may have changed). */
    public static Optional<String> channelIn(String path) {
        String[] parts = path.split("/");
        return parts.length > 2 && ("/" + parts[1]).equals(ROOT) ? Optional.of(parts[2]) : Optional.empty();
    }

    /** The properties whose change the followers are handed: an edit, a deletion, a hiding and its undoing. */
    private static final java.util.Set<String> CHANGES = java.util.Set.of("edited", "deleted", "hiddenAt", "shownAt");

    static String name(long seq) {
        return "m" + seq;
    }

    private static Stored stored(String channel, long seq, Node node) throws RepositoryException {
        return new Stored(channel, seq, node.getProperty("author").getString(),
                node.hasProperty("text") ? node.getProperty("text").getString() : "",
                Instant.parse(node.getProperty("at").getString()),
                node.hasProperty("edited") ? Optional.of(Instant.parse(node.getProperty("edited").getString())) : Optional.empty(),
                node.hasProperty("deleted") && node.getProperty("deleted").getBoolean(),
                node.hasProperty("hiddenBy") ? Optional.of(new Hiding(node.getProperty("hiddenBy").getString(),
                        node.getProperty("hiddenReason").getString(), Instant.parse(node.getProperty("hiddenAt").getString())))
                        : Optional.empty(),
                node.hasProperty("replyTo") ? node.getProperty("replyTo").getLong() : 0, mentions(node), files(node));
    }

    private static List<Attachment> files(Node message) throws RepositoryException {
        if (!message.hasNode(FILES)) {
            return List.of();
        }
        List<Attachment> files = new ArrayList<>();
        for (NodeIterator stored = message.getNode(FILES).getNodes(); stored.hasNext(); ) {
            Node file = stored.nextNode();
            files.add(new Attachment(Integer.parseInt(file.getName().substring(FILE_PREFIX.length())),
                    file.getProperty("label").getString(), file.getProperty("fileName").getString(),
                    AssetType.valueOf(file.getProperty("assetType").getString()), file.getProperty("size").getLong(),
                    (int) file.getProperty("width").getLong(), (int) file.getProperty("height").getLong()));
        }
        files.sort(java.util.Comparator.comparingInt(Attachment::number));
        return List.copyOf(files);
    }

    private static List<String> mentions(Node node) throws RepositoryException {
        List<String> mentions = new ArrayList<>();
        if (node.hasProperty("mentions")) {
            for (javax.jcr.Value value : node.getProperty("mentions").getValues()) {
                mentions.add(value.getString());
            }
        }
        return mentions;
    }
}
