package dk.nextwork.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.jcr.Node;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.development.Conversation;
import dk.nextwork.development.Conversations;
import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.repository.ClusterConflicts;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RefusableWork;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Company;
import dk.nextwork.program.NetworkGroup;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;
import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.Report;
import dk.nextwork.reporting.Reports;
import dk.nextwork.reporting.ScoreHistory;
import dk.nextwork.reporting.Scores;
import dk.nextwork.signals.internal.SignalRules;
import dk.nextwork.signals.internal.SignalStore;

/**
 * Signals about young people, stored so that each stays until someone has acted on it. Who sees
 * them: the young person all of their own (worded as invitations, {@link SignalTexts}); the
 * counsellor of their group and the coordinators all of them, and they act on them; the
 * representative of the company they are placed with now the positive ones and the concerns their
 * company raised. Nobody else sees any. Reads are audited per young person; a signal decides
 * nothing, it asks someone to look.
 */
@ApplicationScoped
public class Signals {

    /** The longest reason a concern may give: a short note, not a report. */
    public static final int MAX_REASON = 300;
    public static final int MAX_NOTE = 500;

    /**
     * Who detection reads the reports, scores and conversations as: a coordinator's view, recorded
     * in each young person's audit trail under this id, so they can see that the rules looked.
     */
    public static final String DETECTOR_ID = "system:signals";
    static final SignedInUser DETECTOR = new SignedInUser(DETECTOR_ID, "", "NExTWORK signals", Set.of(Role.COORDINATOR),
            null, "da");

    private static final Logger LOG = LoggerFactory.getLogger(Signals.class);
    /** Encouraging signals first, then the newest. */
    private static final Comparator<Signal> SHOWN = shown(signal -> signal.kind().positive(), Signal::raised, Signal::id);
    private static final Comparator<SignalStore.OpenSignal> SHOWN_OPEN = shown(SignalStore.OpenSignal::positive,
            SignalStore.OpenSignal::raised, SignalStore.OpenSignal::id);

    private static <T> Comparator<T> shown(java.util.function.Predicate<T> positive,
                                           java.util.function.Function<T, LocalDate> raised,
                                           java.util.function.Function<T, String> id) {
        return Comparator.comparing((T signal) -> !positive.test(signal))
                .thenComparing(raised, Comparator.reverseOrder()).thenComparing(id);
    }

    private final PortalRepository repository;
    private final Accounts accounts;
    private final PersonAccess access;
    private final Programme programme;
    private final Companies companies;
    private final Reports reports;
    private final Scores scores;
    private final Conversations conversations;
    private final AuditTrail audit;
    private final Clock clock;

    protected Signals() {
        this(null, null, null, null, null, null, null, null, null, Clock.systemUTC());
    }

    @Inject
    public Signals(PortalRepository repository, Accounts accounts, PersonAccess access, Programme programme,
                   Companies companies, Reports reports, Scores scores, Conversations conversations, AuditTrail audit) {
        this(repository, accounts, access, programme, companies, reports, scores, conversations, audit, Clock.systemUTC());
    }

    public Signals(PortalRepository repository, Accounts accounts, PersonAccess access, Programme programme,
                   Companies companies, Reports reports, Scores scores, Conversations conversations, AuditTrail audit,
                   Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.access = access;
        this.programme = programme;
        this.companies = companies;
        this.reports = reports;
        this.scores = scores;
        this.conversations = conversations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today in Denmark, by the service's clock: the day signals are raised and placements are current on. */
    public LocalDate today() {
        return PortalTime.today(clock);
    }

    /**
     * One young person's open signals that the caller may see, positive ones first, then the newest.
     * Someone who may see none of them (they do not work with the young person) gets none, and the
     * attempt is audited.
     */
    public List<Signal> open(Caller caller, String youngPerson) {
        Optional<UserAccount> person = youngPerson == null ? Optional.empty() : accounts.find(youngPerson);
        if (person.isEmpty() || !concerns(caller.user(), person.get())) {
            audit.record(caller, "signals.read.refused", youngPerson, null);
            return List.of();
        }
        List<Signal> shown = visibleOpen(caller.user(), youngPerson);
        audit.record(caller, "signals.read", youngPerson, shown.size() + " open");
        return shown;
    }

    /**
     * A young person's signals with what was done about them, newest first, for the young person
     * and those who may act on them (the record behind the open ones); nobody else gets any.
     */
    public List<Signal> history(Caller caller, String youngPerson) {
        SignedInUser viewer = caller.user();
        Optional<UserAccount> person = youngPerson == null ? Optional.empty() : accounts.find(youngPerson);
        if (person.isEmpty() || !concerns(viewer, person.get())
                || !viewer.id().equals(youngPerson) && !mayAct(viewer, youngPerson)) {
            audit.record(caller, "signals.read.refused", youngPerson, "history");
            return List.of();
        }
        List<Signal> all = repository.withServiceSession(session -> SignalStore.all(session, youngPerson)).stream()
                .sorted(Comparator.comparing(Signal::raised, Comparator.reverseOrder()).thenComparing(Signal::id)).toList();
        audit.record(caller, "signals.read", youngPerson, "history");
        return all;
    }

    /**
     * For a start view: the open signals of each of the young people the caller may see signals
     * of (the others are left out), in the order asked. One audit entry for each young person on it.
     */
    public Map<String, List<Signal>> open(Caller caller, Collection<String> youngPeople) {
        Map<String, List<Signal>> shown = new LinkedHashMap<>();
        for (String youngPerson : new LinkedHashSet<>(youngPeople)) {
            Optional<UserAccount> person = youngPerson == null ? Optional.empty() : accounts.find(youngPerson);
            if (person.isPresent() && concerns(caller.user(), person.get())) {
                shown.put(youngPerson, visibleOpen(caller.user(), youngPerson));
            }
        }
        audit.recordAll(caller, "signals.read", shown.keySet(), "start view");
        return shown;
    }

    /**
     * For the coordinator's overview: the open signals of the given young people, positive ones
     * first, then the newest, at most {@code limit} of them, with how many there are in all. Read
     * from the young people who have signals at all (their folders under {@code /signals}), not
     * from every young person asked about; only those whose signals are on the page are audited.
     * Someone who is not a coordinator gets what {@link #open(Caller, Collection)} gives them.
     */
    public SignalPage openPage(Caller caller, Collection<String> youngPeople, int limit) {
        Set<String> asked = new java.util.HashSet<>(youngPeople);
        if (!isCoordinator(caller)) {
            return page(open(caller, youngPeople).values().stream().flatMap(List::stream).toList(), limit);
        }
        return coordinatorsPage(caller, having -> having.stream().filter(asked::contains)
                .collect(java.util.stream.Collectors.toSet()), limit);
    }

    /**
     * As {@link #openPage(Caller, Collection, int)}, of the young people {@code among} picks from
     * those who have open signals (the overview: those whose participation is active), so a caller
     * need not name everyone it might ask about: only the few with open signals are looked at.
     */
    public SignalPage openPage(Caller caller, java.util.function.Function<Set<String>, Set<String>> among, int limit) {
        if (!isCoordinator(caller)) {
            Set<String> having = repository.withServiceSession(session -> SignalStore.open(session).stream()
                    .map(SignalStore.OpenSignal::youngPerson).collect(java.util.stream.Collectors.toSet()));
            return page(open(caller, among.apply(having)).values().stream().flatMap(List::stream).toList(), limit);
        }
        return coordinatorsPage(caller, among, limit);
    }

    private static boolean isCoordinator(Caller caller) {
        return caller.user() != null && caller.user().has(Role.COORDINATOR);
    }

    /**
     * The open signals of the programme by the index, each read only as far as ordering needs; the
     * young people among them the caller asks about and may see (the kept directory: no account
     * read); only the signals on the page are read whole and in their young people's audit trail.
     */
    private SignalPage coordinatorsPage(Caller caller, java.util.function.Function<Set<String>, Set<String>> among, int limit) {
        List<SignalStore.OpenSignal> stored = repository.withServiceSession(SignalStore::open);
        Set<String> having = new java.util.TreeSet<>();
        stored.forEach(signal -> having.add(signal.youngPerson()));
        Set<String> chosen = among.apply(java.util.Collections.unmodifiableSet(having));
        Set<String> seen = new java.util.HashSet<>(access.visibleAmong(caller.user(),
                having.stream().filter(chosen::contains).toList(), null));
        List<SignalStore.OpenSignal> open = stored.stream().filter(signal -> seen.contains(signal.youngPerson()))
                .sorted(SHOWN_OPEN).toList();
        List<Signal> shown = repository.withServiceSession(session -> {
            List<Signal> read = new ArrayList<>();
            for (SignalStore.OpenSignal signal : open.subList(0, Math.min(Math.max(0, limit), open.size()))) {
                Optional<Node> node = SignalStore.find(session, signal.youngPerson(), signal.id());
                if (node.isPresent()) {
                    read.add(SignalStore.read(node.get()));
                }
            }
            return read;
        });
        SignalPage page = new SignalPage(shown, open.size());
        audit.recordAll(caller, "signals.read", page.shown().stream().map(Signal::youngPerson).distinct().toList(), "start view");
        return page;
    }

    private static SignalPage page(List<Signal> open, int limit) {
        return new SignalPage(open.stream().sorted(SHOWN).limit(Math.max(0, limit)).toList(), open.size());
    }

    /**
     * Raises a concern about a young person: a representative of the company they are placed with
     * now, or the counsellor of their group. The reason is required and short; the young person
     * reads it too. Anyone else is refused (audited) and nothing is stored.
     */
    public Signal flagConcern(Caller caller, String youngPerson, String reason) throws SignalsRefusedException {
        SignedInUser viewer = caller.user();
        LocalDate today = today();
        boolean representative = isCurrentRepresentative(viewer, youngPerson, today);
        Optional<UserAccount> person = youngPerson == null ? Optional.empty() : accounts.find(youngPerson);
        if (person.isEmpty() || !concerns(viewer, person.get()) || !representative && !isCounsellorOf(viewer, youngPerson)) {
            audit.record(caller, "signals.concern.refused", youngPerson, null);
            throw new AccessDeniedException("you may not raise a concern about this young person");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new SignalsRefusedException("signals.refused.noReason");
        }
        if (text.length() > MAX_REASON) {
            throw new SignalsRefusedException("signals.refused.reasonTooLong", MAX_REASON);
        }
        Bilingual from = representative
                ? companyName(viewer.company())
                : new Bilingual(viewer.displayName(), viewer.displayName());
        Signal concern = new Signal("concern-" + clock.millis() + "-" + UUID.randomUUID().toString().substring(0, 8),
                youngPerson, SignalKind.CONCERN, today, Optional.of(from), List.of(), List.of(), Optional.of(text),
                Optional.of(viewer.id()), Optional.empty(), representative ? viewer.companyId() : Optional.empty(),
                Optional.empty());
        repository.withServiceSession(session -> {
            SignalStore.addIfNew(session, concern);
            session.save();
            return null;
        });
        audit.record(caller, "signals.concern", youngPerson, concern.id());
        return concern;
    }

    /**
     * Records what the counsellor of the young person's group or a coordinator did about a signal;
     * it is then no longer open, and stays in the record with the action, note, who and when.
     */
    public Signal act(Caller caller, String youngPerson, String signalId, SignalAction action, String note)
            throws SignalsRefusedException {
        SignedInUser viewer = caller.user();
        if (youngPerson == null || !mayAct(viewer, youngPerson)) {
            audit.record(caller, "signals.act.refused", youngPerson, signalId);
            throw new AccessDeniedException("you may not act on this young person's signals");
        }
        if (action == null) {
            throw new SignalsRefusedException("signals.refused.noAction");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            throw new SignalsRefusedException("signals.refused.noteTooLong", MAX_NOTE);
        }
        Signal.Acted acted = new Signal.Acted(action, text, viewer.id(), viewer.displayName(), clock.instant());
        Signal done = RefusableWork.run(repository, SignalsRefusedException.class, session -> {
            Node node = SignalStore.find(session, youngPerson, signalId)
                    .orElseThrow(() -> new SignalsRefusedException("signals.refused.noSignal"));
            if (!SignalStore.read(node).isOpen()) {
                throw new SignalsRefusedException("signals.refused.alreadyActed");
            }
            SignalStore.act(node, acted);
            session.save();
            return SignalStore.read(node);
        });
        audit.record(caller, "signals.act", youngPerson, signalId + " " + action);
        return done;
    }

    /** The counsellor of the young person's group, or a coordinator. */
    public boolean mayAct(SignedInUser viewer, String youngPerson) {
        return viewer != null && (viewer.has(Role.COORDINATOR) || isCounsellorOf(viewer, youngPerson));
    }

    /** Whether the viewer may raise a concern: the current company's representative or the group's counsellor. */
    public boolean mayFlagConcern(SignedInUser viewer, String youngPerson) {
        return viewer != null && (isCurrentRepresentative(viewer, youngPerson, today()) || isCounsellorOf(viewer, youngPerson));
    }

    /**
     * The first names a young person's signals are worded with, for a viewer who may see their
     * signals; refused otherwise.
     */
    public SignalNames names(SignedInUser viewer, String youngPerson) {
        UserAccount person = accounts.find(youngPerson).filter(found -> concerns(viewer, found))
                .orElseThrow(() -> new AccessDeniedException("you may not see this young person's signals"));
        Optional<String> counsellor = programme.allGroups().stream()
                .filter(group -> group.members().contains(youngPerson)).map(NetworkGroup::counsellor).findFirst()
                .flatMap(accounts::find).map(account -> dk.nextwork.identity.UserAccount.firstName(account.name()));
        return new SignalNames(dk.nextwork.identity.UserAccount.firstName(person.name()), counsellor);
    }

    /**
     * Raises the signals the rules find on a day, for every young person in a placement then (only
     * they have reports coming in). Idempotent: a situation already raised, or a subject that
     * already has an open signal of its kind, is not raised again. One young person's failure is
     * logged and does not stop the others. Returns how many signals were raised.
     */
    public int detect(LocalDate today) {
        Caller detector = new Caller(DETECTOR, "scheduled");
        Map<String, Placement> placed = new LinkedHashMap<>();
        for (Placement placement : programme.allPlacements()) {
            if (placement.isActiveOn(today)) {
                placed.putIfAbsent(placement.youngPerson(), placement);
            }
        }
        Map<String, Bilingual> companyNames = new LinkedHashMap<>();
        int raised = 0;
        for (Placement placement : placed.values()) {
            try {
                String youngPerson = placement.youngPerson();
                List<Report> filed = reports.reportsAbout(detector, youngPerson);
                ScoreHistory history = scores.history(detector, youngPerson);
                Optional<Conversation> last = conversations.of(detector, youngPerson).stream().findFirst();
                Bilingual company = companyNames.computeIfAbsent(placement.company(), this::companyName);
                raised += store(detector, youngPerson,
                        SignalRules.detect(youngPerson, today, placement, company, filed, history, last));
            } catch (RuntimeException e) {
                LOG.warn("Signals for {} not detected this time", placement.youngPerson(), e);
            }
        }
        return raised;
    }

    private int store(Caller detector, String youngPerson, List<Signal> found) {
        if (found.isEmpty()) {
            return 0;
        }
        List<String> added = ClusterConflicts.retry("signals", () -> repository.withServiceSession(session -> {
            List<Signal> stored = SignalStore.all(session, youngPerson);
            Set<String> openSubjects = new java.util.HashSet<>();
            Set<String> ids = new java.util.HashSet<>();
            for (Signal signal : stored) {
                ids.add(signal.id());
                if (signal.isOpen()) {
                    openSubjects.add(SignalRules.subject(signal));
                }
            }
            List<String> now = new ArrayList<>();
            for (Signal signal : found) {
                if (!ids.contains(signal.id()) && openSubjects.add(SignalRules.subject(signal))
                        && SignalStore.addIfNew(session, signal)) {
                    now.add(signal.id());
                }
            }
            if (!now.isEmpty()) {
                session.save();
            }
            return now;
        }));
        for (String id : added) {
            audit.record(detector, "signals.raised", youngPerson, id);
        }
        return added.size();
    }

    private List<Signal> visibleOpen(SignedInUser viewer, String youngPerson) {
        List<Signal> stored = repository.withServiceSession(session -> SignalStore.all(session, youngPerson));
        boolean all = viewer.id().equals(youngPerson) || mayAct(viewer, youngPerson);
        boolean representative = !all && isCurrentRepresentative(viewer, youngPerson, today());
        return stored.stream().filter(Signal::isOpen)
                .filter(signal -> all || representative && (signal.kind().positive()
                        || signal.kind() == SignalKind.CONCERN && signal.company().equals(viewer.companyId())))
                .sorted(SHOWN).toList();
    }

    /** Whether the viewer sees any of the young person's signals. */
    private boolean concerns(SignedInUser viewer, UserAccount person) {
        if (viewer == null || !person.has(Role.YOUTH) || !access.maySee(viewer, person)) {
            return false;
        }
        return viewer.id().equals(person.id()) || mayAct(viewer, person.id())
                || isCurrentRepresentative(viewer, person.id(), today());
    }

    private boolean isCounsellorOf(SignedInUser viewer, String youngPerson) {
        return viewer != null && viewer.has(Role.COUNSELLOR) && programme.groupsLedBy(viewer.id()).stream()
                .anyMatch(group -> group.members().contains(youngPerson));
    }

    private boolean isCurrentRepresentative(SignedInUser viewer, String youngPerson, LocalDate today) {
        return viewer != null && viewer.has(Role.COMPANY_REP) && viewer.company() != null
                && programme.isPlacedAt(youngPerson, viewer.company(), today);
    }

    private Bilingual companyName(String company) {
        String name = companies.find(company).map(Company::name).orElse(company);
        return new Bilingual(name, name);
    }
}
