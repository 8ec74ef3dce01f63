package dk.nextwork.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.messaging.internal.MessageStore;
import dk.nextwork.platform.repository.LargeFolders;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RefusableWork;

/**
 * Looking after a channel: who looks after it ({@link Channel#moderates()}: the counsellor in
 * their group and threads, coordinators in the company network) hides a message with a reason,
 * which its author reads, and shows it again; any member reports a message with a reason, which
 * reaches who looks after the channel until they act. Nobody judges their own message: a report
 * of a counsellor's message reaches the coordinators, who then read that message and hide it or
 * let it stand, in a private thread too. Every action is audited.
 */
@ApplicationScoped
public class Moderation {

    public static final int MAX_REASON = 300;

    private final PortalRepository repository;
    private final Channels channels;
    private final ChannelMessages messages;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected Moderation() {
        this(null, null, null, null, null, Clock.systemUTC());
    }

    @Inject
    public Moderation(PortalRepository repository, Channels channels, ChannelMessages messages, Accounts accounts,
                      AuditTrail audit) {
        this(repository, channels, messages, accounts, audit, Clock.systemUTC());
    }

    public Moderation(PortalRepository repository, Channels channels, ChannelMessages messages, Accounts accounts,
                      AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.channels = channels;
        this.messages = messages;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Hides the message from the channel's other members; its author and who looks after the channel still read it, and why. */
    public Message hide(Caller by, String channel, long seq, String reason) throws MessagingRefusedException {
        boolean judging = requireJudge(by, channel, seq);
        String why = reason(reason);
        Instant now = clock.instant();
        RefusableWork.run(repository, MessagingRefusedException.class, session -> {
            Node node = MessageStore.node(session, channel, seq)
                    .orElseThrow(() -> new MessagingRefusedException("messaging.refused.noMessage"));
            node.setProperty("hiddenBy", by.user().id());
            node.setProperty("hiddenReason", why);
            node.setProperty("hiddenAt", now.toString());
            closeReports(session.getNode(MessageStore.ROOT + "/" + channel), seq, "hidden", by, now);
            session.save();
            return null;
        });
        audit.record(by, "messaging.message.hide", null, channel + " " + seq + ": " + why);
        return judging ? messages.asJudged(by, channel, seq).orElseThrow() : messages.find(by, channel, seq).orElseThrow();
    }

    /** Shows a hidden message to everyone again. */
    public Message show(Caller by, String channel, long seq) throws MessagingRefusedException {
        requireModeratorOfOthers(by, channel, seq);
        Instant now = clock.instant();
        RefusableWork.run(repository, MessagingRefusedException.class, session -> {
            Node node = MessageStore.node(session, channel, seq)
                    .orElseThrow(() -> new MessagingRefusedException("messaging.refused.noMessage"));
            for (String property : List.of("hiddenBy", "hiddenReason", "hiddenAt")) {
                if (node.hasProperty(property)) {
                    node.getProperty(property).remove();
                }
            }
            node.setProperty("shownAt", now.toString());
            session.save();
            return null;
        });
        audit.record(by, "messaging.message.show", null, channel + " " + seq);
        return messages.find(by, channel, seq).orElseThrow();
    }

    /** A member who writes in the channel reports another's message; it reaches who looks after the channel. */
    public void report(Caller by, String channel, long seq, String reason) throws MessagingRefusedException {
        // members report; a coordinator reading a group along does not write there, reports included
        channels.requireWritable(by.user(), channel);
        Message message = messages.find(by, channel, seq).orElseThrow(() -> new MessagingRefusedException("messaging.refused.noMessage"));
        if (message.byUser(by.user().id())) {
            throw new MessagingRefusedException("messaging.refused.ownReport");
        }
        String why = reason(reason);
        Instant now = clock.instant();
        repository.withServiceSession(session -> {
            Node reports = LargeFolders.child(session.getNode(MessageStore.ROOT + "/" + channel), MessageStore.REPORTS);
            Node report = LargeFolders.child(reports, seq + "-" + by.user().id());
            report.setProperty("seq", seq);
            report.setProperty("reporter", by.user().id());
            report.setProperty("reason", why);
            report.setProperty("at", now.toString());
            report.setProperty("open", true);
            session.save();
            return null;
        });
        audit.record(by, "messaging.message.report", null, channel + " " + seq + ": " + why);
    }

    /**
     * The open reports the viewer judges, oldest first: in the channels they look after, but not
     * of their own messages; for coordinators, also those of a counsellor's message anywhere.
     */
    public List<Report> openReports(Caller by) {
        List<Report> open = new ArrayList<>();
        List<Channel> looked = new ArrayList<>(channels.of(by.user()));
        looked.addAll(channels.entryThreads(by.user()));
        for (Channel channel : looked) {
            if (channel.moderates()) {
                for (Report report : stored(channel.id())) {
                    messages.find(by, channel.id(), report.seq()).filter(message -> !message.byUser(by.user().id()))
                            .ifPresent(message -> open.add(named(report, message)));
                }
            }
        }
        if (by.user().has(Role.COORDINATOR)) {
            for (String channel : withReports()) {
                for (Report report : stored(channel)) {
                    if (byModerator(channel, report.seq())) {
                        messages.asJudged(by, channel, report.seq()).ifPresent(message -> open.add(named(report, message)));
                    }
                }
            }
        }
        open.sort(Comparator.comparing(Report::at));
        return open;
    }

    private Report named(Report report, Message message) {
        String reporter = accounts.find(report.reporter()).map(UserAccount::name).orElse("");
        return new Report(report.id(), report.channel(), report.seq(), report.reporter(), reporter, report.reason(), report.at(),
                message);
    }

    /** A channel's open reports, without their messages. */
    private List<Report> stored(String channel) {
        return repository.withServiceSession(session -> {
            List<Report> here = new ArrayList<>();
            String path = MessageStore.ROOT + "/" + channel + "/" + MessageStore.REPORTS;
            if (session.nodeExists(path)) {
                for (NodeIterator nodes = session.getNode(path).getNodes(); nodes.hasNext(); ) {
                    Node node = nodes.nextNode();
                    if (node.getProperty("open").getBoolean()) {
                        here.add(new Report(node.getName(), channel, node.getProperty("seq").getLong(),
                                node.getProperty("reporter").getString(), "", node.getProperty("reason").getString(),
                                Instant.parse(node.getProperty("at").getString()), null));
                    }
                }
            }
            return here;
        });
    }

    /** The channels with reports, the company network's aside (its coordinators look after it). */
    private List<String> withReports() {
        return repository.withServiceSession(session -> {
            List<String> found = new ArrayList<>();
            for (NodeIterator nodes = session.getNode(MessageStore.ROOT).getNodes(); nodes.hasNext(); ) {
                Node channel = nodes.nextNode();
                if (!channel.getName().equals(Channel.COMPANIES_ID) && channel.hasNode(MessageStore.REPORTS)) {
                    found.add(channel.getName());
                }
            }
            return found;
        });
    }

    /** Whether the message is by a counsellor: in a group, a thread or a discussion, who looks after it. */
    private boolean byModerator(String channel, long seq) {
        return !Channel.COMPANIES_ID.equals(channel) && repository.withServiceSession(session -> MessageStore.read(session, channel, seq))
                .flatMap(message -> accounts.find(message.author())).filter(author -> author.has(Role.COUNSELLOR)).isPresent();
    }

    /** Whether the message has an open report. */
    private boolean reported(String channel, long seq) {
        return stored(channel).stream().anyMatch(report -> report.seq() == seq);
    }

    /**
     * Refuses who may not judge the message: who looks after the channel may, but not their own
     * message; a coordinator may judge a counsellor's reported message anywhere. Whether it is the
     * coordinators' judging (outside a channel they look after).
     */
    private boolean requireJudge(Caller by, String channel, long seq) {
        if (by.user().has(Role.COORDINATOR) && byModerator(channel, seq) && reported(channel, seq)) {
            return true;
        }
        requireModeratorOfOthers(by, channel, seq);
        return false;
    }

    private void requireModeratorOfOthers(Caller by, String channel, long seq) {
        channels.requireModerated(by.user(), channel);
        boolean own = repository.withServiceSession(session -> MessageStore.read(session, channel, seq))
                .filter(message -> message.author().equals(by.user().id())).isPresent();
        if (own) {
            throw new AccessDeniedException("nobody judges their own message");
        }
    }

    /** Lets a reported message stand: its open reports are closed. */
    public void letStand(Caller by, String channel, long seq) {
        requireJudge(by, channel, seq);
        Instant now = clock.instant();
        repository.withServiceSession(session -> {
            closeReports(session.getNode(MessageStore.ROOT + "/" + channel), seq, "stands", by, now);
            session.save();
            return null;
        });
        audit.record(by, "messaging.report.letStand", null, channel + " " + seq);
    }

    private static void closeReports(Node channel, long seq, String outcome, Caller by, Instant at)
            throws javax.jcr.RepositoryException {
        if (!channel.hasNode(MessageStore.REPORTS)) {
            return;
        }
        for (NodeIterator nodes = channel.getNode(MessageStore.REPORTS).getNodes(); nodes.hasNext(); ) {
            Node report = nodes.nextNode();
            if (report.getProperty("seq").getLong() == seq && report.getProperty("open").getBoolean()) {
                report.setProperty("open", false);
                report.setProperty("outcome", outcome);
                report.setProperty("closedBy", by.user().id());
                report.setProperty("closedAt", at.toString());
            }
        }
    }

    private static String reason(String reason) throws MessagingRefusedException {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_REASON) {
            throw new MessagingRefusedException("messaging.refused.reason", MAX_REASON);
        }
        return trimmed;
    }
}
