package dk.nextwork.messaging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.messaging.internal.JournalStore;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.program.NetworkGroup;
import dk.nextwork.program.Programme;

/**
 * Who is in which channel, always as the programme says now: a network group's channel for its
 * young people and its counsellor (coordinators read it); the company network's for
 * representatives and coordinators; a young person's thread with the counsellors of their
 * groups. Leaving a group ends access to its channel and, without another group, to the thread.
 * Every read and write asks here first, so a guessed channel id gives nothing.
 */
@ApplicationScoped
public class Channels {

    private final PortalRepository repository;
    private final Programme programme;
    private final Accounts accounts;

    /** For CDI's client proxy only. */
    protected Channels() {
        this(null, null, null);
    }

    @Inject
    public Channels(PortalRepository repository, Programme programme, Accounts accounts) {
        this.repository = repository;
        this.programme = programme;
        this.accounts = accounts;
    }

    /** The viewer's channels: their groups' first, then the company network, then their threads by name. */
    public List<Channel> of(SignedInUser viewer) {
        List<Channel> channels = new ArrayList<>();
        List<NetworkGroup> groups = programme.allGroups();
        for (NetworkGroup group : groups) {
            boolean leads = viewer.has(Role.COUNSELLOR) && viewer.id().equals(group.counsellor());
            access(viewer, group).ifPresent(writable -> channels.add(new Channel(Channel.groupId(group.id()),
                    Channel.Kind.GROUP, group.name(), writable, leads)));
        }
        if (viewer.has(Role.COMPANY_REP) || viewer.has(Role.COORDINATOR)) {
            channels.add(new Channel(Channel.COMPANIES_ID, Channel.Kind.COMPANIES, "", true, viewer.has(Role.COORDINATOR)));
        }
        if (viewer.has(Role.YOUTH) && groups.stream().anyMatch(group -> group.members().contains(viewer.id()))) {
            channels.add(new Channel(Channel.counselId(viewer.id()), Channel.Kind.COUNSEL, viewer.displayName(), true, false));
        }
        if (viewer.has(Role.COUNSELLOR)) {
            List<Channel> threads = new ArrayList<>();
            List<String> members = groups.stream().filter(group -> viewer.id().equals(group.counsellor()))
                    .flatMap(group -> group.members().stream()).distinct().toList();
            for (UserAccount person : accounts.findAll(members)) {
                threads.add(new Channel(Channel.counselId(person.id()), Channel.Kind.COUNSEL, person.name(), true, true));
            }
            threads.sort(Comparator.comparing(Channel::name));
            channels.addAll(threads);
        }
        return channels;
    }

    /** The channel, when the viewer may read it; empty for one that does not exist or is not theirs. */
    public Optional<Channel> find(SignedInUser viewer, String id) {
        if (id != null && id.startsWith(Channel.ENTRY_PREFIX)) {
            return Channel.entryOf(id).flatMap(entry -> entryThread(viewer, entry));
        }
        return of(viewer).stream().filter(channel -> channel.id().equals(id)).findFirst();
    }

    /**
     * A shared experience's discussion: there only while the experience is on its group's agenda
     * and its author is in the group; open to whoever the group's channel is open to.
     */
    private Optional<Channel> entryThread(SignedInUser viewer, Channel.EntryRef entry) {
        return groupOf(entry).flatMap(group -> entryThread(viewer, group, entry.youngPerson(), entry.entry(),
                accounts.find(entry.youngPerson()).map(UserAccount::name).orElse("")));
    }

    /** The group a shared experience is on the agenda of, while its author is in it. */
    private Optional<NetworkGroup> groupOf(Channel.EntryRef entry) {
        Optional<String> shared = repository.withServiceSession(session -> JournalStore.read(session, entry.youngPerson(),
                entry.entry())).flatMap(JournalStore.Stored::group);
        if (shared.isEmpty()) {
            return Optional.empty();
        }
        return programme.allGroups().stream()
                .filter(each -> each.id().equals(shared.get()) && each.members().contains(entry.youngPerson())).findFirst();
    }

    /** Who writes in the channel, the viewer among them: whom a message there can mention. For a member only. */
    public List<UserAccount> writers(SignedInUser viewer, String id) {
        Channel channel = requireReadable(viewer, id);
        List<String> people = new ArrayList<>();
        switch (channel.kind()) {
            case GROUP -> programme.allGroups().stream().filter(group -> Channel.groupId(group.id()).equals(id)).findFirst()
                    .ifPresent(group -> addLedGroup(people, group));
            case ENTRY -> Channel.entryOf(id).flatMap(this::groupOf).ifPresent(group -> addLedGroup(people, group));
            case COMPANIES -> {
                accounts.withRole(Role.COMPANY_REP).forEach(person -> people.add(person.id()));
                accounts.withRole(Role.COORDINATOR).forEach(person -> people.add(person.id()));
            }
            case COUNSEL -> {
                String youngPerson = id.substring(Channel.COUNSEL_PREFIX.length());
                people.add(youngPerson);
                programme.allGroups().stream().filter(group -> group.members().contains(youngPerson))
                        .forEach(group -> people.add(group.counsellor()));
            }
        }
        return accounts.findAll(people.stream().filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .filter(UserAccount::active).toList();
    }

    private static void addLedGroup(List<String> people, NetworkGroup group) {
        people.addAll(group.members());
        people.add(group.counsellor());
    }

    private static Optional<Channel> entryThread(SignedInUser viewer, NetworkGroup group, String author, String entry, String name) {
        boolean leads = viewer.has(Role.COUNSELLOR) && viewer.id().equals(group.counsellor());
        return access(viewer, group).map(writable -> new Channel(Channel.entryId(author, entry), Channel.Kind.ENTRY, name,
                writable, leads));
    }

    /** The discussions of the experiences shared in the viewer's groups (from any meeting), for who looks after them. */
    public List<Channel> entryThreads(SignedInUser viewer) {
        List<Channel> threads = new ArrayList<>();
        for (NetworkGroup group : programme.allGroups()) {
            if (access(viewer, group).isEmpty()) {
                continue;
            }
            Map<String, String> names = new HashMap<>();
            accounts.findAll(group.members()).forEach(person -> names.put(person.id(), person.name()));
            List<JournalStore.Stored> shared = repository.withServiceSession(session -> {
                List<JournalStore.Stored> found = new ArrayList<>();
                for (String member : group.members()) {
                    JournalStore.of(session, member).stream().filter(entry -> entry.group().filter(group.id()::equals).isPresent())
                            .forEach(found::add);
                }
                return found;
            });
            for (JournalStore.Stored entry : shared) {
                entryThread(viewer, group, entry.person(), entry.id(), names.getOrDefault(entry.person(), "")).ifPresent(threads::add);
            }
        }
        return threads;
    }

    /** The channel for reading; refused when the viewer is not in it. */
    public Channel requireReadable(SignedInUser viewer, String id) {
        return find(viewer, id).orElseThrow(() -> new AccessDeniedException("not in the channel"));
    }

    /** The channel for writing; refused when the viewer is not in it or only reads it. */
    public Channel requireWritable(SignedInUser viewer, String id) {
        Channel channel = requireReadable(viewer, id);
        if (!channel.writable()) {
            throw new AccessDeniedException("reads the channel only");
        }
        return channel;
    }

    /** The channel for looking after it; refused when the viewer does not moderate it. */
    public Channel requireModerated(SignedInUser viewer, String id) {
        Channel channel = requireReadable(viewer, id);
        if (!channel.moderates()) {
            throw new AccessDeniedException("does not look after the channel");
        }
        return channel;
    }

    /** Empty when the viewer has no access to the group's channel; else whether they may write (not once it ended). */
    private static Optional<Boolean> access(SignedInUser viewer, NetworkGroup group) {
        if (viewer.has(Role.YOUTH) && group.members().contains(viewer.id())
                || viewer.has(Role.COUNSELLOR) && viewer.id().equals(group.counsellor())) {
            // an ended group's conversation is there to read until it is deleted
            return Optional.of(!group.isEnded());
        }
        return viewer.has(Role.COORDINATOR) ? Optional.of(false) : Optional.empty();
    }
}
