package dk.nextwork.messaging.network;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.messaging.Channel;
import dk.nextwork.messaging.ChannelMessages;
import dk.nextwork.messaging.Channels;
import dk.nextwork.messaging.Message;
import dk.nextwork.messaging.MessagingRefusedException;
import dk.nextwork.messaging.internal.CprNumbers;
import dk.nextwork.messaging.internal.NetworkMeetingStore;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RefusableWork;
import dk.nextwork.platform.time.PortalTime;

/**
 * The company network's monthly meetings, for who is in its channel (representatives and
 * coordinators): a coordinator plans the next one and writes short notes of each once it has
 * begun; a representative puts an experience they shared in the channel on the next meeting's
 * agenda, and can take it off again until the meeting begins. Everyone in the network reads the
 * agenda and the notes.
 */
@ApplicationScoped
public class CompanyNetwork {

    public static final int MAX_NOTES = 4000;
    static final int RECENT = 100;
    static final int PROPOSABLE = 5;

    private final PortalRepository repository;
    private final Channels channels;
    private final ChannelMessages messages;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected CompanyNetwork() {
        this(null, null, null, null, null, Clock.systemUTC());
    }

    @Inject
    public CompanyNetwork(PortalRepository repository, Channels channels, ChannelMessages messages, Accounts accounts,
                          AuditTrail audit) {
        this(repository, channels, messages, accounts, audit, Clock.systemUTC());
    }

    public CompanyNetwork(PortalRepository repository, Channels channels, ChannelMessages messages, Accounts accounts,
                          AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.channels = channels;
        this.messages = messages;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The programme's today: the earliest day a meeting can be planned for. */
    public LocalDate today() {
        return PortalTime.today(clock);
    }

    /** The first planned meeting that has not begun: the one an experience goes on the agenda of now. */
    public Optional<NetworkMeeting> next(Caller by) {
        Channel network = channels.requireReadable(by.user(), Channel.COMPANIES_ID);
        LocalDateTime now = now();
        return stored().stream().filter(meeting -> !begun(meeting, now)).min(Comparator.comparing(NetworkMeetingStore.Stored::day))
                .map(meeting -> shown(by, network, meeting, now));
    }

    /** The meetings that have begun, the newest first, with their agendas and notes. */
    public List<NetworkMeeting> earlier(Caller by) {
        Channel network = channels.requireReadable(by.user(), Channel.COMPANIES_ID);
        LocalDateTime now = now();
        return stored().stream().filter(meeting -> begun(meeting, now))
                .sorted(Comparator.comparing(NetworkMeetingStore.Stored::day).reversed()).map(meeting -> shown(by, network, meeting, now))
                .toList();
    }

    /** Plans a meeting ahead (again on the same day: at the new time); coordinators only. */
    public NetworkMeeting plan(Caller by, LocalDate day, LocalTime time) throws MessagingRefusedException {
        channels.requireModerated(by.user(), Channel.COMPANIES_ID);
        if (day == null || time == null) {
            throw new MessagingRefusedException("messaging.network.refused.when");
        }
        if (!day.atTime(time).isAfter(now())) {
            throw new MessagingRefusedException("messaging.network.refused.past");
        }
        RefusableWork.run(repository, MessagingRefusedException.class, session -> {
            if (begun(NetworkMeetingStore.all(session), day)) {
                throw new MessagingRefusedException("messaging.network.refused.held");
            }
            NetworkMeetingStore.setTime(NetworkMeetingStore.meeting(session, day), time);
            session.save();
            return null;
        });
        audit.record(by, "network.meeting.plan", null, day + " " + time);
        return meeting(by, day);
    }

    /** Calls off a planned meeting that has not begun; the experiences on its agenda stay in the channel. */
    public void cancel(Caller by, LocalDate day) throws MessagingRefusedException {
        channels.requireModerated(by.user(), Channel.COMPANIES_ID);
        LocalDateTime now = now();
        RefusableWork.run(repository, MessagingRefusedException.class, session -> {
            Node meeting = existing(session, day);
            if (begun(NetworkMeetingStore.all(session), day, now)) {
                throw new MessagingRefusedException("messaging.network.refused.held");
            }
            meeting.remove();
            session.save();
            return null;
        });
        audit.record(by, "network.meeting.cancel", null, day.toString());
    }

    /** Puts an experience from the channel on the next meeting's agenda: one's own, or any for a coordinator. */
    public NetworkMeeting propose(Caller by, long seq) throws MessagingRefusedException {
        Channel network = channels.requireWritable(by.user(), Channel.COMPANIES_ID);
        Message message = messages.find(by, Channel.COMPANIES_ID, seq).filter(found -> !found.deleted() && found.hidden().isEmpty())
                .orElseThrow(() -> new MessagingRefusedException("messaging.network.refused.noMessage"));
        if (!message.byUser(by.user().id()) && !network.moderates()) {
            throw new MessagingRefusedException("messaging.network.refused.notOwn");
        }
        LocalDate day = next(by).orElseThrow(() -> new MessagingRefusedException("messaging.network.refused.noMeeting")).day();
        RefusableWork.run(repository, MessagingRefusedException.class, session -> {
            NetworkMeetingStore.propose(existing(session, day), seq, by.user().id(), clock.instant());
            session.save();
            return null;
        });
        audit.record(by, "network.agenda.propose", null, day + " " + seq);
        return meeting(by, day);
    }

    /** Shares an experience in the channel and, when asked, puts it on the next meeting's agenda; refused whole, or done whole. */
    public Message share(Caller by, String text, boolean onAgenda) throws MessagingRefusedException {
        channels.requireWritable(by.user(), Channel.COMPANIES_ID);
        if (onAgenda && next(by).isEmpty()) {
            throw new MessagingRefusedException("messaging.network.refused.noMeeting");
        }
        Message posted = messages.post(by, Channel.COMPANIES_ID, text);
        if (onAgenda) {
            propose(by, posted.seq());
        }
        return posted;
    }

    /**
     * The viewer's own newest experiences in the channel (of its last {@value #RECENT} messages) that
     * could go on the next meeting's agenda: none when no meeting is planned, none already on it.
     */
    public List<Message> proposable(Caller by) {
        Optional<NetworkMeeting> next = next(by);
        if (next.isEmpty() || !channels.requireReadable(by.user(), Channel.COMPANIES_ID).writable()) {
            return List.of();
        }
        List<Long> onAgenda = next.get().agenda().stream().map(NetworkAgendaItem::seq).toList();
        return messages.before(by, Channel.COMPANIES_ID, 0, RECENT).stream()
                .filter(message -> message.byUser(by.user().id()) && !message.deleted() && message.hidden().isEmpty()
                        && !onAgenda.contains(message.seq()))
                .limit(PROPOSABLE).toList();
    }

    /** Takes an experience off the agenda it is on, until that meeting begins. */
    public void withdraw(Caller by, long seq) throws MessagingRefusedException {
        channels.requireReadable(by.user(), Channel.COMPANIES_ID);
        LocalDateTime now = now();
        Map<Long, NetworkAgendaItem> open = new HashMap<>();
        Optional<NetworkMeeting> next = next(by);
        next.ifPresent(meeting -> meeting.agenda().forEach(item -> open.put(item.seq(), item)));
        NetworkAgendaItem item = open.get(seq);
        if (item == null || !item.canWithdraw()) {
            throw new MessagingRefusedException("messaging.network.refused.notOnAgenda");
        }
        LocalDate day = next.get().day();
        RefusableWork.run(repository, MessagingRefusedException.class, session -> {
            if (begun(NetworkMeetingStore.all(session), day, now)) {
                throw new MessagingRefusedException("messaging.network.refused.held");
            }
            NetworkMeetingStore.withdraw(existing(session, day), seq);
            session.save();
            return null;
        });
        audit.record(by, "network.agenda.withdraw", null, day + " " + seq);
    }

    /**
     * Writes (or rewrites) a meeting's notes, once it has begun; a meeting held without being
     * planned here gets its day from the notes. Coordinators only.
     */
    public NetworkMeeting writeNotes(Caller by, LocalDate day, String text) throws MessagingRefusedException {
        channels.requireModerated(by.user(), Channel.COMPANIES_ID);
        String notes = text == null ? "" : text.strip();
        if (day == null) {
            throw new MessagingRefusedException("messaging.network.refused.when");
        }
        if (notes.isEmpty()) {
            throw new MessagingRefusedException("messaging.network.refused.emptyNotes");
        }
        if (notes.length() > MAX_NOTES) {
            throw new MessagingRefusedException("messaging.network.refused.notesTooLong", MAX_NOTES);
        }
        if (CprNumbers.present(notes)) {
            throw new MessagingRefusedException("messaging.network.refused.cpr");
        }
        LocalDateTime now = now();
        RefusableWork.run(repository, MessagingRefusedException.class, session -> {
            List<NetworkMeetingStore.Stored> all = NetworkMeetingStore.all(session);
            boolean planned = all.stream().anyMatch(meeting -> meeting.day().equals(day));
            if (day.isAfter(now.toLocalDate()) || planned && !begun(all, day, now)) {
                throw new MessagingRefusedException("messaging.network.refused.notYet");
            }
            NetworkMeetingStore.writeNotes(NetworkMeetingStore.meeting(session, day), notes, by.user().id(), clock.instant());
            session.save();
            return null;
        });
        audit.record(by, "network.notes.write", null, day.toString());
        return meeting(by, day);
    }

    private NetworkMeeting meeting(Caller by, LocalDate day) {
        Channel network = channels.requireReadable(by.user(), Channel.COMPANIES_ID);
        LocalDateTime now = now();
        return stored().stream().filter(meeting -> meeting.day().equals(day)).findFirst().map(meeting -> shown(by, network, meeting, now))
                .orElseThrow();
    }

    private List<NetworkMeetingStore.Stored> stored() {
        return repository.withServiceSession(NetworkMeetingStore::all);
    }

    private static Node existing(Session session, LocalDate day) throws RepositoryException, MessagingRefusedException {
        return NetworkMeetingStore.node(session, day).orElseThrow(() -> new MessagingRefusedException("messaging.network.refused.noMeeting"));
    }

    private boolean begun(List<NetworkMeetingStore.Stored> all, LocalDate day) {
        return begun(all, day, now());
    }

    private static boolean begun(List<NetworkMeetingStore.Stored> all, LocalDate day, LocalDateTime now) {
        return all.stream().anyMatch(meeting -> meeting.day().equals(day) && begun(meeting, now));
    }

    /** A meeting only written down afterwards (no time) had begun by then. */
    private static boolean begun(NetworkMeetingStore.Stored meeting, LocalDateTime now) {
        return meeting.time().map(time -> !now.isBefore(meeting.day().atTime(time))).orElse(true);
    }

    /** The meeting as the viewer reads it: the agenda's experiences still there to read (not deleted or hidden), in the order put there. */
    private NetworkMeeting shown(Caller by, Channel network, NetworkMeetingStore.Stored meeting, LocalDateTime now) {
        boolean begun = begun(meeting, now);
        List<NetworkMeetingStore.Proposal> proposals = new ArrayList<>(meeting.agenda());
        proposals.sort(Comparator.comparing(NetworkMeetingStore.Proposal::at));
        Map<Long, Message> found = new HashMap<>();
        messages.findAll(by, Channel.COMPANIES_ID, proposals.stream().map(NetworkMeetingStore.Proposal::seq).toList())
                .forEach(message -> found.put(message.seq(), message));
        List<NetworkAgendaItem> agenda = new ArrayList<>();
        for (NetworkMeetingStore.Proposal proposal : proposals) {
            Message message = found.get(proposal.seq());
            if (message != null && !message.deleted() && message.hidden().isEmpty()) {
                agenda.add(new NetworkAgendaItem(message.seq(), message.authorName(), message.text(), message.at(),
                        !begun && (network.moderates() || message.byUser(by.user().id()) || proposal.by().equals(by.user().id()))));
            }
        }
        Optional<MeetingNotes> notes = meeting.notes().map(text -> new MeetingNotes(text, meeting.notesBy()
                .flatMap(accounts::find).map(UserAccount::name).orElse(""), meeting.notesAt().orElse(Instant.EPOCH)));
        return new NetworkMeeting(meeting.day(), meeting.time(), agenda, notes, begun);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(PortalTime.ZONE));
    }
}
