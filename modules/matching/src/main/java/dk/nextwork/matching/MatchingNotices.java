package dk.nextwork.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.jcr.Node;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Mail;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.matching.internal.RoundRun;
import dk.nextwork.platform.i18n.Texts;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.NetworkGroup;
import dk.nextwork.program.Programme;
import dk.nextwork.program.YoungPerson;

/**
 * Tells people what the matching waits for: in the app (their start view: counsellors see how
 * many of their young people have sent a list) and by e-mail, when a
 * round opens, when a deadline is two days away, and when a proposal waits for their answer. The
 * e-mails name no young person, no company and no offer: they ask the reader to sign in. What
 * has been mailed is marked on the round and the proposal, so each e-mail goes once, whichever
 * app node sends it first.
 */
@ApplicationScoped
public class MatchingNotices {

    /** How many days before a deadline the reminder goes out. */
    public static final int DAYS_BEFORE = 2;
    public static final String SENDER = "system:matching-notices";

    private final PortalRepository repository;
    private final Accounts accounts;
    private final Enrolments enrolments;
    private final Offers offers;
    private final Programme programme;
    private final Mail mail;
    private final AuditTrail audit;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected MatchingNotices() {
        this(null, null, null, null, null, null, null, Clock.systemUTC());
    }

    @Inject
    public MatchingNotices(PortalRepository repository, Accounts accounts, Enrolments enrolments, Offers offers,
                           Programme programme, Mail mail, AuditTrail audit) {
        this(repository, accounts, enrolments, offers, programme, mail, audit, Clock.systemUTC());
    }

    public MatchingNotices(PortalRepository repository, Accounts accounts, Enrolments enrolments, Offers offers,
                           Programme programme, Mail mail, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.enrolments = enrolments;
        this.offers = offers;
        this.programme = programme;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    /** What waits for the caller in the matching, most pressing first. */
    public List<Notice> forCaller(Caller by) {
        LocalDate today = PortalTime.today(clock);
        String me = by.user().id();
        return repository.withServiceSession(session -> {
            List<Notice> notices = new ArrayList<>();
            Optional<Round> open = Rounds.current(session);
            if (by.user().has(Role.YOUTH)) {
                for (Node proposal : RoundRun.waitingInOtherRounds(session, null, today)) {
                    if (proposal.getName().equals(me) && !proposal.hasProperty("youngPersonSaid")) {
                        notices.add(new Notice("matching.notice.yourProposal",
                                List.of(LocalDate.parse(proposal.getProperty("answerBy").getString())), "offers"));
                    }
                }
                if (open.isPresent() && open.get().takesLists(today)) {
                    boolean listed = !Wishes.read(session, open.get().id(), me).wishes().isEmpty();
                    notices.add(new Notice(listed ? "matching.notice.yourList" : "matching.notice.makeList",
                            List.of(open.get().listsDue()), "offers"));
                }
            }
            if (by.user().has(Role.COMPANY_REP) && by.user().companyId().isPresent()) {
                String company = by.user().companyId().get();
                int waiting = 0;
                for (Node proposal : RoundRun.waitingInOtherRounds(session, null, today)) {
                    Optional<Offer> offer = Offers.find(session, proposal.getProperty("offer").getString());
                    if (offer.isPresent() && offer.get().company().equals(company) && !proposal.hasProperty("companySaid")) {
                        waiting++;
                    }
                }
                if (waiting > 0) {
                    notices.add(new Notice("matching.notice.companyProposals", List.of(waiting), "company-offers"));
                }
                if (open.isPresent() && open.get().takesRankings(today)) {
                    int candidates = 0;
                    for (Offer offer : Offers.openOfCompany(session, company)) {
                        candidates += CompanySay.candidatesIn(session, open.get().id(), offer.id()).size();
                    }
                    if (candidates > 0) {
                        notices.add(new Notice("matching.notice.candidates", List.of(candidates, open.get().rankingsDue()),
                                "company-offers"));
                    }
                }
            }
            if (by.user().has(Role.COUNSELLOR) && open.isPresent() && open.get().takesLists(today)) {
                // progress first: how many of their young people have sent a list, and how many are still exploring
                int sent = 0;
                int exploring = 0;
                for (NetworkGroup group : programme.groupsLedBy(me)) {
                    for (String member : group.members()) {
                        if (Wishes.read(session, open.get().id(), member).wishes().isEmpty()) {
                            exploring++;
                        } else {
                            sent++;
                        }
                    }
                }
                if (sent + exploring > 0) {
                    notices.add(new Notice("matching.notice.counsellor", List.of(sent, exploring, open.get().listsDue()),
                            "matching/board"));
                }
            }
            if (by.user().has(Role.COORDINATOR) && open.isPresent() && open.get().mayRun(today)) {
                notices.add(new Notice("matching.notice.runRound", List.of(), "matching/rounds"));
            }
            return notices;
        });
    }

    /** Sends the e-mails that are due now (the hourly schedule); returns how many went out. */
    public int send() {
        LocalDate today = PortalTime.today(clock);
        Texts texts = Texts.of(MatchingNotices.class.getClassLoader());
        int sent = 0;
        Optional<Round> open = repository.withServiceSession(Rounds::current);
        if (open.isPresent()) {
            Round round = open.get();
            if (mark(round.id(), "openedMailed")) {
                sent += mailAll(texts, youngPeople(), "matching.mail.opened", round.listsDue());
                sent += mailAll(texts, representativesWithOpenOffers(), "matching.mail.openedCompany", round.rankingsDue());
            }
            if (round.takesLists(today) && !today.plusDays(DAYS_BEFORE).isBefore(round.listsDue())
                    && mark(round.id(), "listsReminderMailed")) {
                sent += mailAll(texts, youngPeople(), "matching.mail.listsDue", round.listsDue());
            }
            if (round.takesRankings(today) && !today.plusDays(DAYS_BEFORE).isBefore(round.rankingsDue())
                    && mark(round.id(), "rankingsReminderMailed")) {
                sent += mailAll(texts, representativesWithOpenOffers(), "matching.mail.rankingsDue", round.rankingsDue());
            }
        }
        for (String[] proposal : proposalsToMail(today)) {
            Set<UserAccount> to = new LinkedHashSet<>();
            accounts.find(proposal[1]).ifPresent(to::add);
            offers.find(proposal[2]).ifPresent(offer -> to.addAll(accounts.representativesOf(offer.company())));
            sent += mailAll(texts, new ArrayList<>(to), "matching.mail.proposal", LocalDate.parse(proposal[3]));
        }
        return sent;
    }

    private int mailAll(Texts texts, List<UserAccount> to, String key, LocalDate day) {
        int sent = 0;
        for (UserAccount person : to) {
            Locale locale = Locale.forLanguageTag(person.language());
            if (mail.send(person.email(), texts.get(locale, key + ".subject"), texts.get(locale, key + ".text", person.firstName(),
                    day))) {
                sent++;
                audit.record(SENDER, "matching.mail", null, person.id() + " " + key, null);
            }
        }
        return sent;
    }

    /** Marks the round as mailed for the event; false when it was already (another node, an earlier hour). */
    private boolean mark(String round, String event) {
        return repository.withServiceSession(session -> {
            Node node = Rounds.knownRound(session, round);
            if (node.hasProperty(event)) {
                return false;
            }
            node.setProperty(event, clock.instant().toString());
            session.save();
            return true;
        });
    }

    /** The waiting proposals not mailed yet, marked as mailed: {round, young person, offer, answer day}. */
    private List<String[]> proposalsToMail(LocalDate today) {
        return repository.withServiceSession(session -> {
            List<String[]> found = new ArrayList<>();
            for (Node proposal : RoundRun.waitingInOtherRounds(session, null, today)) {
                if (!proposal.hasProperty("mailed")) {
                    proposal.setProperty("mailed", clock.instant().toString());
                    found.add(new String[] {proposal.getParent().getParent().getName(), proposal.getName(),
                            proposal.getProperty("offer").getString(), proposal.getProperty("answerBy").getString()});
                }
            }
            session.save();
            return found;
        });
    }

    private List<UserAccount> youngPeople() {
        return accounts.findAll(enrolments.active().stream().map(YoungPerson::id).toList()).stream()
                .filter(account -> account.has(Role.YOUTH)).toList();
    }

    private List<UserAccount> representativesWithOpenOffers() {
        Set<String> companies = new LinkedHashSet<>();
        offers.openOffers().forEach(offer -> companies.add(offer.company()));
        List<UserAccount> representatives = new ArrayList<>();
        companies.forEach(company -> representatives.addAll(accounts.representativesOf(company)));
        return representatives;
    }
}
