package dk.nextwork.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.dam.AssetRejectedException;
import dk.nextwork.dam.Assets;
import dk.nextwork.dam.FileChecks;
import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.messaging.internal.CprNumbers;
import dk.nextwork.messaging.internal.MessageStore;
import dk.nextwork.messaging.internal.RateLimit;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RefusableWork;
import dk.nextwork.platform.repository.RepositoryFailure;

/**
 * Writing and reading a channel's messages, each for its members only ({@link Channels}): posting
 * (plain text, up to {@value #MAX_LENGTH} characters; a text that looks like a CPR number is
 * refused; at most {@value #PER_MINUTE} a minute per person), the history a page at a time,
 * newest first, and what came after a number (catching up); editing one's own message within
 * {@link #EDIT_WINDOW} (the earlier text kept for moderation) and deleting it, its files with it.
 * Images and PDFs go with a message through the asset checks and open for its readers only.
 * Changes are audited.
 */
@ApplicationScoped
public class ChannelMessages {

    public static final int MAX_LENGTH = 2000;
    public static final int PER_MINUTE = 20;
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(10);
    /** Files a message may carry. */
    public static final int MAX_FILES = 3;
    /** How wide a sent image is kept at most: enough for any screen it is shown on, and far less to keep. */
    public static final int IMAGE_WIDTH = 1600;
    private static final int LABEL_LENGTH = 120;
    private static final int ATTEMPTS = 10;

    private final PortalRepository repository;
    private final Channels channels;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final RateLimit rateLimit = new RateLimit(PER_MINUTE, Duration.ofMinutes(1));

    /** For CDI's client proxy only. */
    protected ChannelMessages() {
        this(null, null, null, null, Clock.systemUTC());
    }

    @Inject
    public ChannelMessages(PortalRepository repository, Channels channels, Accounts accounts, AuditTrail audit) {
        this(repository, channels, accounts, audit, Clock.systemUTC());
    }

    public ChannelMessages(PortalRepository repository, Channels channels, Accounts accounts, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.channels = channels;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    public Message post(Caller by, String channel, String text) throws MessagingRefusedException {
        return reply(by, channel, 0, text);
    }

    /** Posts an answer to a message of the channel ({@code to} 0: to none), shown with what it answers. */
    public Message reply(Caller by, String channel, long to, String text) throws MessagingRefusedException {
        return reply(by, channel, to, text, List.of());
    }

    /**
     * Posts a message with files ({@link #attachable}, at most {@value #MAX_FILES}); with a file,
     * the text may be empty.
     */
    public Message reply(Caller by, String channel, long to, String text, List<PendingFile> files)
            throws MessagingRefusedException {
        channels.requireWritable(by.user(), channel);
        if (files.size() > MAX_FILES) {
            throw new MessagingRefusedException("messaging.refused.tooManyFiles", MAX_FILES);
        }
        String checked = files.isEmpty() || (text != null && !text.isBlank()) ? checked(text) : "";
        if (to > 0 && repository.withServiceSession(session -> MessageStore.read(session, channel, to))
                .filter(answered -> !answered.deleted()).isEmpty()) {
            throw new MessagingRefusedException("messaging.refused.noMessage");
        }
        Instant now = clock.instant();
        if (!rateLimit.take(by.user().id(), now)) {
            throw new MessagingRefusedException("messaging.refused.tooFast", PER_MINUTE);
        }
        long seq = appended(channel, by.user().id(), checked, now, to, mentioned(by, channel, checked), files);
        return find(by, channel, seq).orElseThrow();
    }

    /**
     * A file as a message may carry it: through the asset checks (PNG, JPEG or PDF by its content,
     * within the size limits), an image drawn anew without what the camera wrote into it (where
     * and when it was taken), and with no CPR number in its name.
     */
    public static PendingFile attachable(String fileName, byte[] bytes) throws MessagingRefusedException {
        String label = label(fileName);
        if (CprNumbers.present(label)) {
            throw new MessagingRefusedException("messaging.refused.cprFile");
        }
        try {
            return new PendingFile(label, FileChecks.withoutMetadata(FileChecks.check(fileName, bytes), IMAGE_WIDTH));
        } catch (AssetRejectedException rejected) {
            throw new MessagingRefusedException(rejected.reason(), rejected.values());
        }
    }

    /** The name as shown: the last part of the path the browser gave, without control characters. */
    private static String label(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        return name.length() <= LABEL_LENGTH ? name : name.substring(0, LABEL_LENGTH);
    }

    /**
     * The content of a message's file, for who may read the message (and so its files): not for
     * anyone outside the channel, nor of a deleted message, nor of a hidden one but for its author
     * and who looks after the channel.
     */
    public Optional<Assets.StoredFile> file(Caller by, String channel, long seq, int number) {
        Channel readable = channels.requireReadable(by.user(), channel);
        return repository.withServiceSession(session -> {
            Optional<MessageStore.Stored> message = MessageStore.read(session, channel, seq)
                    .filter(found -> readable(found, by, readable.moderates()));
            Optional<Attachment> file = message.flatMap(found -> found.files().stream()
                    .filter(each -> each.number() == number).findFirst());
            if (file.isEmpty()) {
                return Optional.<Assets.StoredFile>empty();
            }
            return MessageStore.content(session, channel, seq, number).map(bytes -> new Assets.StoredFile(bytes,
                    file.get().type().mimeType(), file.get().fileName()));
        });
    }

    /** The newest messages before a number (0: the newest of all), newest first. */
    public List<Message> before(Caller by, String channel, long before, int limit) {
        Channel readable = channels.requireReadable(by.user(), channel);
        return named(repository.withServiceSession(session -> {
            long last = MessageStore.last(session, channel);
            long to = before <= 0 || before > last + 1 ? last : before - 1;
            List<MessageStore.Stored> found = new ArrayList<>(MessageStore.range(session, channel, to - limit + 1, to));
            java.util.Collections.reverse(found);
            return Read.of(session, found);
        }), by, readable.moderates());
    }

    /** The messages after a number, in order: what a view missed while it was away. */
    public List<Message> after(Caller by, String channel, long after) {
        Channel readable = channels.requireReadable(by.user(), channel);
        return named(repository.withServiceSession(session -> Read.of(session, MessageStore.range(session, channel, after + 1,
                MessageStore.last(session, channel)))), by, readable.moderates());
    }

    /** The highest number in the channel (0 when empty). */
    public long last(Caller by, String channel) {
        channels.requireReadable(by.user(), channel);
        return repository.withServiceSession(session -> MessageStore.last(session, channel));
    }

    /** One message again (after it was edited or deleted), for a member. */
    public Optional<Message> find(Caller by, String channel, long seq) {
        return findAll(by, channel, List.of(seq)).stream().findFirst();
    }

    /** Several messages of one channel in one read, in the order asked for; a number with no message is left out. */
    public List<Message> findAll(Caller by, String channel, List<Long> seqs) {
        return read(by, channel, seqs, channels.requireReadable(by.user(), channel).moderates());
    }

    /**
     * A reported message as the coordinators read it when the report is theirs to judge ({@link
     * Moderation}): as who looks after the channel reads it, in a channel they may not read.
     */
    Optional<Message> asJudged(Caller by, String channel, long seq) {
        // its files open for the channel's readers only: a coordinator judging from outside the channel reads the text
        return read(by, channel, List.of(seq), true).stream().findFirst().map(message -> new Message(message.channel(),
                message.seq(), message.author(), message.authorName(), message.text(), message.at(), message.edited(),
                message.deleted(), message.hidden(), message.replyTo(), message.mentions(), List.of()));
    }

    private List<Message> read(Caller by, String channel, List<Long> seqs, boolean moderates) {
        return named(repository.withServiceSession(session -> {
            List<MessageStore.Stored> read = new ArrayList<>();
            for (long seq : seqs) {
                MessageStore.read(session, channel, seq).ifPresent(read::add);
            }
            return Read.of(session, read);
        }), by, moderates);
    }

    /** Whether the viewer may still change the message's text: their own, not deleted, within {@link #EDIT_WINDOW}. */
    public boolean editable(Caller by, Message message) {
        return message.byUser(by.user().id()) && !message.deleted() && !message.at().plus(EDIT_WINDOW).isBefore(clock.instant());
    }

    /** Changes the text of one's own message within the edit window; the earlier text is kept for moderation. */
    public Message edit(Caller by, String channel, long seq, String text) throws MessagingRefusedException {
        channels.requireWritable(by.user(), channel);
        boolean blank = text == null || text.isBlank();
        String checked = blank ? "" : checked(text);
        List<String> mentions = mentioned(by, channel, checked);
        Instant now = clock.instant();
        RefusableWork.run(repository, MessagingRefusedException.class, session -> {
            Node node = own(session, by, channel, seq);
            if (blank && MessageStore.read(session, channel, seq).orElseThrow().files().isEmpty()) {
                throw new MessagingRefusedException("messaging.refused.empty"); // only a message with files may lose its text
            }
            if (Instant.parse(node.getProperty("at").getString()).plus(EDIT_WINDOW).isBefore(now)) {
                throw new MessagingRefusedException("messaging.refused.editLate", EDIT_WINDOW.toMinutes());
            }
            List<String> earlier = new ArrayList<>();
            if (node.hasProperty("earlier")) {
                for (javax.jcr.Value value : node.getProperty("earlier").getValues()) {
                    earlier.add(value.getString());
                }
            }
            earlier.add(node.getProperty("text").getString());
            node.setProperty("earlier", earlier.toArray(String[]::new));
            node.setProperty("text", checked);
            MessageStore.mention(node, mentions);
            node.setProperty("edited", now.toString());
            session.save();
            return null;
        });
        audit.record(by, "messaging.message.edit", null, channel + " " + seq);
        return find(by, channel, seq).orElseThrow();
    }

    /** Deletes one's own message: it keeps its place, shown as deleted. */
    public Message delete(Caller by, String channel, long seq) throws MessagingRefusedException {
        channels.requireWritable(by.user(), channel);
        RefusableWork.run(repository, MessagingRefusedException.class, session -> {
            Node node = own(session, by, channel, seq);
            node.setProperty("deleted", true);
            MessageStore.removeFiles(node);
            node.setProperty("deletedAt", clock.instant().toString());
            session.save();
            return null;
        });
        audit.record(by, "messaging.message.delete", null, channel + " " + seq);
        return find(by, channel, seq).orElseThrow();
    }

    private static Node own(Session session, Caller by, String channel, long seq)
            throws RepositoryException, MessagingRefusedException {
        Node node = MessageStore.node(session, channel, seq).orElseThrow(() -> new MessagingRefusedException("messaging.refused.noMessage"));
        if (!node.getProperty("author").getString().equals(by.user().id())) {
            throw new AccessDeniedException("only the author changes a message");
        }
        if (node.hasProperty("deleted") && node.getProperty("deleted").getBoolean()) {
            throw new MessagingRefusedException("messaging.refused.deleted");
        }
        return node;
    }

    /** The channel's other writers the text mentions. */
    private List<String> mentioned(Caller by, String channel, String text) {
        if (text.indexOf('@') < 0) {
            return List.of();
        }
        return Mentions.in(text, channels.writers(by.user(), channel).stream()
                .filter(writer -> !writer.id().equals(by.user().id())).toList());
    }

    private static String checked(String text) throws MessagingRefusedException {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new MessagingRefusedException("messaging.refused.empty");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new MessagingRefusedException("messaging.refused.tooLong", MAX_LENGTH);
        }
        if (CprNumbers.present(trimmed)) {
            throw new MessagingRefusedException("messaging.refused.cpr");
        }
        return trimmed;
    }

    /** Stores the message with the channel's next number; a writer that numbered at the same moment makes this one try again. */
    private long appended(String channel, String author, String text, Instant at, long replyTo, List<String> mentions,
                          List<PendingFile> files) {
        for (int attempt = 1; ; attempt++) {
            try {
                return repository.withServiceSession(session -> {
                    long seq = MessageStore.append(session, channel, author, text, at, replyTo, mentions, files);
                    session.save();
                    return seq;
                });
            } catch (RepositoryFailure failure) {
                if (!failure.isConflict() || attempt == ATTEMPTS) {
                    throw failure;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Messages read in one session together with the messages they answer. */
    private record Read(List<MessageStore.Stored> messages, Map<Long, MessageStore.Stored> answered) {

        static Read of(Session session, List<MessageStore.Stored> messages) throws RepositoryException {
            Map<Long, MessageStore.Stored> answered = new HashMap<>();
            messages.forEach(message -> answered.put(message.seq(), message));
            for (MessageStore.Stored message : messages) {
                if (message.replyTo() > 0 && !answered.containsKey(message.replyTo())) {
                    MessageStore.read(session, message.channel(), message.replyTo())
                            .ifPresent(found -> answered.put(found.seq(), found));
                }
            }
            return new Read(messages, answered);
        }
    }

    /**
     * The messages as the viewer may read them, with their authors' names (read once each): a
     * deleted one without its text; a hidden one with its text only for its author and for who
     * looks after the channel. The same holds for the message a reply answers.
     */
    private List<Message> named(Read read, Caller by, boolean moderates) {
        Map<String, String> names = new HashMap<>();
        List<String> people = new ArrayList<>();
        for (MessageStore.Stored message : read.answered().values()) {
            people.add(message.author());
            people.addAll(message.mentions());
            message.hidden().ifPresent(hiding -> people.add(hiding.by()));
        }
        for (UserAccount account : accounts.findAll(people.stream().distinct().toList())) {
            names.put(account.id(), account.name());
        }
        List<Message> shown = new ArrayList<>();
        for (MessageStore.Stored message : read.messages()) {
            boolean readable = readable(message, by, moderates);
            // that a message was hidden everyone sees; why, only its author and who looks after the channel
            Optional<Message.Hidden> hidden = message.hidden().map(hiding -> new Message.Hidden(hiding.by(),
                    names.getOrDefault(hiding.by(), ""), readable ? hiding.reason() : "", hiding.at()));
            Optional<Message.Reply> reply = Optional.ofNullable(read.answered().get(message.replyTo()))
                    .filter(answered -> message.replyTo() > 0)
                    .map(answered -> new Message.Reply(answered.seq(), names.getOrDefault(answered.author(), ""),
                            readable(answered, by, moderates) ? answered.text() : ""));
            List<Message.Mention> mentions = readable ? message.mentions().stream().filter(names::containsKey)
                    .map(person -> new Message.Mention(person, names.get(person))).toList() : List.of();
            shown.add(new Message(message.channel(), message.seq(), message.author(), names.getOrDefault(message.author(), ""),
                    readable ? message.text() : "", message.at(), message.edited(), message.deleted(), hidden, reply, mentions,
                    readable ? message.files() : List.of()));
        }
        return shown;
    }

    private static boolean readable(MessageStore.Stored message, Caller by, boolean moderates) {
        return !message.deleted() && (message.hidden().isEmpty() || moderates || message.author().equals(by.user().id()));
    }
}
