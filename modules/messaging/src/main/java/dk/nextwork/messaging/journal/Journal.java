package dk.nextwork.messaging.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;
import dk.nextwork.messaging.Channel;
import dk.nextwork.messaging.Channels;
import dk.nextwork.messaging.MessagingRefusedException;
import dk.nextwork.messaging.internal.CprNumbers;
import dk.nextwork.messaging.internal.JournalStore;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RefusableWork;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Company;
import dk.nextwork.program.NetworkGroup;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;

/**
 * A young person's experiences (erfaringer): private to them, read and changed only by them,
 * until they put one on their group's agenda for the next weekly meeting; they can take it back
 * until that meeting begins. The group (as its channel is open: its young people, its counsellor,
 * coordinators reading along) sees the shared ones on the agenda, each with a discussion of its
 * own. A private entry is never handed to anyone else: every read here is the author's or an
 * agenda's, and the agenda holds shared entries only.
 */
@ApplicationScoped
public class Journal {

    public static final int MAX_LENGTH = 2000;

    private final PortalRepository repository;
    private final Programme programme;
    private final Companies companies;
    private final Channels channels;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected Journal() {
        this(null, null, null, null, null, null, Clock.systemUTC());
    }

    @Inject
    public Journal(PortalRepository repository, Programme programme, Companies companies, Channels channels, Accounts accounts,
                   AuditTrail audit) {
        this(repository, programme, companies, channels, accounts, audit, Clock.systemUTC());
    }

    public Journal(PortalRepository repository, Programme programme, Companies companies, Channels channels, Accounts accounts,
                   AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.programme = programme;
        this.companies = companies;
        this.channels = channels;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The programme's today: the latest day an experience can be from. */
    public LocalDate today() {
        return PortalTime.today(clock);
    }

    /** The young person's own entries, the newest day first. */
    public List<JournalEntry> mine(Caller by) {
        String me = author(by);
        LocalDateTime now = now();
        List<JournalStore.Stored> stored = new ArrayList<>(repository.withServiceSession(session -> JournalStore.of(session, me)));
        stored.sort(Comparator.comparing(JournalStore.Stored::day).thenComparing(JournalStore.Stored::written).reversed());
        return stored.stream().map(entry -> entry(entry, now)).toList();
    }

    /** The companies of the young person's placements so far, the newest first: what an entry may be about. */
    public List<Company> placements(Caller by) {
        String me = author(by);
        LocalDate today = PortalTime.today(clock);
        Map<String, Company> found = new LinkedHashMap<>();
        List<Placement> placements = new ArrayList<>(programme.placementsOf(me));
        placements.sort(Placement.NEWEST_FIRST);
        for (Placement placement : placements) {
            if (!placement.start().isAfter(today) && !found.containsKey(placement.company())) {
                companies.find(placement.company()).ifPresent(company -> found.put(company.id(), company));
            }
        }
        return List.copyOf(found.values());
    }

    /** The meeting a shared entry would be on the agenda of now, when the young person's group meets. */
    public Optional<LocalDateTime> nextMeeting(Caller by) {
        return nextAgenda(author(by)).map(Map.Entry::getValue);
    }

    public JournalEntry write(Caller by, EntryDraft draft) throws MessagingRefusedException {
        String me = author(by);
        EntryDraft checked = checked(me, draft);
        Instant now = clock.instant();
        String id = RefusableWork.run(repository, MessagingRefusedException.class, session -> {
            String added = JournalStore.add(session, me, checked, now);
            session.save();
            return added;
        });
        return own(me, id);
    }

    /** Changes an entry's content; where it is shared stays as it is. */
    public JournalEntry change(Caller by, String id, EntryDraft draft) throws MessagingRefusedException {
        String me = author(by);
        EntryDraft checked = checked(me, draft);
        RefusableWork.run(repository, MessagingRefusedException.class, session -> {
            JournalStore.write(node(session, me, id), checked);
            session.save();
            return null;
        });
        return own(me, id);
    }

    /** Deletes an entry for good, with its place on an agenda. */
    public void delete(Caller by, String id) throws MessagingRefusedException {
        String me = author(by);
        RefusableWork.run(repository, MessagingRefusedException.class, session -> {
            node(session, me, id).remove();
            session.save();
            return null;
        });
        audit.record(by, "journal.entry.delete", me, null);
    }

    /** Puts the entry on the agenda of the young person's next group meeting (again, when it was on an earlier one). */
    public JournalEntry share(Caller by, String id) throws MessagingRefusedException {
        String me = author(by);
        LocalDateTime now = now();
        String group = RefusableWork.run(repository, MessagingRefusedException.class, session -> {
            Node node = node(session, me, id);
            Map.Entry<NetworkGroup, LocalDateTime> next = nextAgenda(me)
                    .orElseThrow(() -> new MessagingRefusedException("messaging.journal.refused.noMeeting"));
            JournalStore.Stored stored = JournalStore.read(session, me, id).orElseThrow();
            if (stored.sharedFor().isEmpty() || !stored.sharedFor().get().isAfter(now)) {
                JournalStore.share(node, next.getKey().id(), next.getValue(), clock.instant());
                session.save();
            }
            return next.getKey().id();
        });
        audit.record(by, "journal.entry.share", me, group);
        return own(me, id);
    }

    /** Takes a shared entry off the agenda, until its meeting begins; after that it was discussed and stays. */
    public JournalEntry takeBack(Caller by, String id) throws MessagingRefusedException {
        String me = author(by);
        LocalDateTime now = now();
        boolean taken = RefusableWork.run(repository, MessagingRefusedException.class, session -> {
            Node node = node(session, me, id);
            Optional<LocalDateTime> sharedFor = JournalStore.read(session, me, id).orElseThrow().sharedFor();
            if (sharedFor.isEmpty()) {
                return false;
            }
            if (!now.isBefore(sharedFor.get())) {
                throw new MessagingRefusedException("messaging.journal.refused.held");
            }
            JournalStore.takeBack(node);
            session.save();
            return true;
        });
        if (taken) {
            audit.record(by, "journal.entry.takeBack", me, null);
        }
        return own(me, id);
    }

    /**
     * The agendas of the viewer's groups that meet: the next meeting's (a meeting today is the next
     * one all day) and any later one something is already shared for, each with the shared entries.
     */
    public List<Agenda> agendas(Caller by) {
        LocalDate today = PortalTime.today(clock);
        List<Agenda> agendas = new ArrayList<>();
        for (NetworkGroup group : programme.allGroups()) {
            if (group.meets().isEmpty() || channels.find(by.user(), Channel.groupId(group.id())).isEmpty()) {
                continue;
            }
            LocalDateTime next = group.meets().get().nextOn(today).atTime(group.meets().get().time());
            Map<LocalDateTime, List<SharedEntry>> byMeeting = new TreeMap<>();
            byMeeting.put(next, new ArrayList<>());
            Map<String, String> names = new LinkedHashMap<>();
            accounts.findAll(group.members()).forEach(person -> names.put(person.id(), person.name()));
            List<String> authors = new ArrayList<>();
            List<JournalStore.Stored> shared = repository.withServiceSession(session -> sharedIn(session, group, today));
            for (JournalStore.Stored entry : shared) {
                byMeeting.computeIfAbsent(entry.sharedFor().get(), key -> new ArrayList<>())
                        .add(shared(entry, names.getOrDefault(entry.person(), "")));
                authors.add(entry.person());
            }
            byMeeting.forEach((meeting, entries) -> agendas.add(new Agenda(group.id(), group.name(), meeting, List.copyOf(entries))));
            if (!authors.isEmpty()) {
                audit.recordAll(by, "journal.agenda.read", authors.stream().distinct().filter(author -> !author.equals(by.user().id())).toList(),
                        group.id());
            }
        }
        return agendas;
    }

    /** The shared experience a discussion is about, for whoever may read the discussion; empty for anyone else. */
    public Optional<SharedEntry> discussed(Caller by, String thread) {
        Optional<Channel> channel = channels.find(by.user(), thread).filter(found -> found.kind() == Channel.Kind.ENTRY);
        if (channel.isEmpty()) {
            return Optional.empty();
        }
        Channel.EntryRef ref = Channel.entryOf(thread).orElseThrow();
        Optional<SharedEntry> entry = repository.withServiceSession(session -> JournalStore.read(session, ref.youngPerson(),
                ref.entry())).map(stored -> shared(stored, channel.get().name()));
        if (entry.isPresent() && !by.user().id().equals(ref.youngPerson())) {
            audit.record(by, "journal.agenda.read", ref.youngPerson(), null);
        }
        return entry;
    }

    private SharedEntry shared(JournalStore.Stored entry, String authorName) {
        return new SharedEntry(Channel.entryId(entry.person(), entry.id()), authorName, entry.text(), entry.kind(), entry.day(),
                entry.company().flatMap(companies::find).map(Company::name), entry.feeling());
    }

    /** The group's members' entries shared with it for a meeting from today on, the earliest shared first. */
    private static List<JournalStore.Stored> sharedIn(Session session, NetworkGroup group, LocalDate today) throws RepositoryException {
        List<JournalStore.Stored> shared = new ArrayList<>();
        for (String member : group.members()) {
            for (JournalStore.Stored entry : JournalStore.of(session, member)) {
                if (entry.group().filter(group.id()::equals).isPresent()
                        && !entry.sharedFor().get().toLocalDate().isBefore(today)) {
                    shared.add(entry);
                }
            }
        }
        shared.sort(Comparator.comparing(entry -> entry.sharedAt().orElse(entry.written())));
        return shared;
    }

    /** Only a young person keeps experiences, and only their own. */
    private static String author(Caller by) {
        if (!by.user().has(Role.YOUTH)) {
            throw new AccessDeniedException("only a young person keeps experiences");
        }
        return by.user().id();
    }

    /** The entry in the author's own tree: another person's id is simply not there. */
    private static Node node(Session session, String me, String id) throws RepositoryException, MessagingRefusedException {
        return JournalStore.node(session, me, id).orElseThrow(() -> new MessagingRefusedException("messaging.journal.refused.noEntry"));
    }

    private JournalEntry own(String me, String id) {
        LocalDateTime now = now();
        return repository.withServiceSession(session -> JournalStore.read(session, me, id)).map(entry -> entry(entry, now))
                .orElseThrow();
    }

    private JournalEntry entry(JournalStore.Stored stored, LocalDateTime now) {
        return new JournalEntry(stored.id(), stored.text(), stored.kind(), stored.day(), stored.company(),
                stored.company().flatMap(companies::find).map(Company::name), stored.feeling(), stored.sharedFor(),
                stored.sharedFor().filter(now::isBefore).isPresent());
    }

    /** The group meeting the young person's next share goes to: the first to begin from now, of the groups they are in. */
    private Optional<Map.Entry<NetworkGroup, LocalDateTime>> nextAgenda(String me) {
        LocalDateTime now = now();
        Map.Entry<NetworkGroup, LocalDateTime> first = null;
        for (NetworkGroup group : programme.allGroups()) {
            if (group.meets().isEmpty() || !group.members().contains(me)) {
                continue;
            }
            LocalDateTime start = group.meets().get().nextOn(now.toLocalDate()).atTime(group.meets().get().time());
            if (start.isBefore(now)) {
                start = start.plusWeeks(1);
            }
            if (first == null || start.isBefore(first.getValue())) {
                first = Map.entry(group, start);
            }
        }
        return Optional.ofNullable(first);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(PortalTime.ZONE));
    }

    private EntryDraft checked(String me, EntryDraft draft) throws MessagingRefusedException {
        String text = draft.text() == null ? "" : draft.text().strip();
        if (text.isEmpty()) {
            throw new MessagingRefusedException("messaging.journal.refused.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new MessagingRefusedException("messaging.journal.refused.tooLong", MAX_LENGTH);
        }
        if (CprNumbers.present(text)) {
            throw new MessagingRefusedException("messaging.journal.refused.cpr");
        }
        if (draft.kind() == null) {
            throw new MessagingRefusedException("messaging.journal.refused.kind");
        }
        if (draft.day() == null) {
            throw new MessagingRefusedException("messaging.journal.refused.day");
        }
        if (draft.day().isAfter(PortalTime.today(clock))) {
            throw new MessagingRefusedException("messaging.journal.refused.future");
        }
        if (draft.company().isPresent() && programme.placementsOf(me).stream()
                .noneMatch(placement -> placement.company().equals(draft.company().get()))) {
            throw new MessagingRefusedException("messaging.journal.refused.placement");
        }
        return new EntryDraft(text, draft.kind(), draft.day(), draft.company(), draft.feeling());
    }
}
