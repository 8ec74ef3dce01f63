package dk.nextwork.development;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.development.internal.ConversationStore;
import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;
import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.TraitConfiguration;

/**
 * The guided conversation between a young person and the representative of the company they are
 * placed with. Either of the two holds it; the record is part of the young person's history, read
 * by whoever may see the young person (audited as a read of their data).
 */
@ApplicationScoped
public class Conversations {

    public static final int MAX_ANSWER = ConversationAnswers.MAX_ANSWER;
    public static final int MAX_FOCUS_NOTE = ConversationAnswers.MAX_FOCUS_NOTE;

    private final PortalRepository repository;
    private final PersonAccess access;
    private final TraitConfiguration configuration;
    private final Programme programme;
    private final AuditTrail audit;
    private final Clock clock;

    protected Conversations() {
        this(null, null, null, null, null, Clock.systemUTC());
    }

    @Inject
    public Conversations(PortalRepository repository, PersonAccess access, TraitConfiguration configuration,
                         Programme programme, AuditTrail audit) {
        this(repository, access, configuration, programme, audit, Clock.systemUTC());
    }

    public Conversations(PortalRepository repository, PersonAccess access, TraitConfiguration configuration,
                         Programme programme, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.configuration = configuration;
        this.programme = programme;
        this.audit = audit;
        this.clock = clock;
    }

    /** The young person themselves, or a representative of the company they are placed with now. */
    public boolean mayHold(SignedInUser viewer, UserAccount youngPerson) {
        return viewer.id().equals(youngPerson.id())
                || viewer.has(Role.COMPANY_REP) && access.maySee(viewer, youngPerson);
    }

    /**
     * The last conversation and how its chosen area has moved since, read from the young person's
     * picture the conversation is held over; refused to anyone who may not hold one.
     */
    public ConversationOpening opening(Caller caller, DevelopmentPicture picture) {
        Optional<Conversation> previous = last(holder(caller, picture.youngPerson()));
        if (previous.isEmpty()) {
            return new ConversationOpening(previous, Optional.empty());
        }
        LocalDate chosen = previous.get().day();
        return new ConversationOpening(previous, picture.history().of(previous.get().focus())
                .map(series -> ScoreMovement.since(series, chosen)));
    }

    /**
     * Saves the four answers as a new conversation record, with the names of both who took part;
     * answers the rules refuse are all named at once ({@link ConversationRefusedException}) and
     * nothing is saved.
     */
    public Conversation save(Caller caller, String youngPerson, ConversationAnswers typed)
            throws DevelopmentRefusedException {
        SignedInUser viewer = caller.user();
        UserAccount person = holder(caller, youngPerson);
        var definition = configuration.current().definition();
        List<AnswerProblem> problems = typed.problems(area -> definition.targetName(area).isPresent());
        if (!problems.isEmpty()) {
            throw new ConversationRefusedException(problems);
        }
        ConversationAnswers answers = typed.stripped();
        Bilingual focusName = definition.targetName(answers.focus()).orElseThrow();
        Instant now = clock.instant();
        Conversation conversation = new Conversation(now.toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8),
                person.id(), person.name(), now, viewer.id(), viewer.displayName(),
                viewer.has(Role.COMPANY_REP) ? viewer.companyId()
                        : programme.placementOn(person.id(), LocalDate.ofInstant(now, PortalTime.ZONE)).map(Placement::company),
                answers.different(), answers.examples(), answers.appreciated(),
                answers.focus(), focusName, answers.focusNote());
        repository.withServiceSession(session -> {
            ConversationStore.add(session, conversation);
            session.save();
            return conversation;
        });
        audit.record(caller, "conversation.save", person.id(), conversation.id());
        return conversation;
    }

    /** A young person's conversations, newest first, for whoever may see the young person. */
    public List<Conversation> of(Caller caller, String youngPerson) {
        return all(access.read(caller, youngPerson));
    }

    /** The last conversation, for the visualisation's "last time" and focus; callers have checked access. */
    Optional<Conversation> last(UserAccount youngPerson) {
        return all(youngPerson).stream().findFirst();
    }

    private List<Conversation> all(UserAccount youngPerson) {
        return repository.withServiceSession(session -> ConversationStore.all(session, youngPerson.id(), youngPerson.name()));
    }

    private UserAccount holder(Caller caller, String youngPerson) {
        SignedInUser viewer = caller.user();
        UserAccount person = access.read(caller, youngPerson);
        if (!mayHold(viewer, person)) {
            audit.record(caller, "conversation.refused", youngPerson, null);
            throw new AccessDeniedException("you may not hold a conversation with this young person");
        }
        return person;
    }
}
