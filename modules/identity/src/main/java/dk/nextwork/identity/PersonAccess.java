package dk.nextwork.identity;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Who may see a young person's personal data: the young person, the coordinators, and the
 * company representatives and counsellors who work with them now ({@link Relationships}).
 * Editors and administrators may not. Every read and every refused attempt is audited.
 */
@ApplicationScoped
public class PersonAccess {

    private final Accounts accounts;
    private final AuditTrail audit;
    private final Iterable<Relationships> relationships;

    protected PersonAccess() {
        this(null, null, List.of());
    }

    @Inject
    public PersonAccess(Accounts accounts, AuditTrail audit, Instance<Relationships> relationships) {
        this(accounts, audit, (Iterable<Relationships>) relationships);
    }

    public PersonAccess(Accounts accounts, AuditTrail audit, Iterable<Relationships> relationships) {
        this.accounts = accounts;
        this.audit = audit;
        this.relationships = relationships;
    }

    public boolean maySee(SignedInUser viewer, UserAccount person) {
        if (!person.has(Role.YOUTH)) {
            return viewer.id().equals(person.id());
        }
        if (viewer.id().equals(person.id()) || viewer.has(Role.COORDINATOR)) {
            return true;
        }
        if (viewer.has(Role.COMPANY_REP) || viewer.has(Role.COUNSELLOR)) {
            for (Relationships known : relationships) {
                if (known.worksWith(viewer, person.id())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A young person's data for the viewer, audited; refused (and audited) when the viewer may not see it. */
    public UserAccount read(Caller viewer, String personId) {
        return checked(viewer, personId, this::maySee, "person.read");
    }

    /**
     * Whether the viewer may follow a young person's course (their placements and development):
     * whoever may see the young person, and a company that had them placed earlier.
     */
    public boolean mayFollow(SignedInUser viewer, UserAccount person) {
        if (maySee(viewer, person)) {
            return true;
        }
        if (person.has(Role.YOUTH) && viewer.has(Role.COMPANY_REP)) {
            for (Relationships known : relationships) {
                if (known.followsCourse(viewer, person.id())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A young person's account for showing their course, audited; refused (and audited) otherwise. */
    public UserAccount readCourse(Caller viewer, String personId) {
        return checked(viewer, personId, this::mayFollow, "person.course.read");
    }

    /** The young people whose course the viewer may follow, each listing audited as for {@link #youngPeopleFor}. */
    public List<UserAccount> youngPeopleFollowedBy(Caller viewer) {
        return listed(viewer, this::mayFollow);
    }

    private UserAccount checked(Caller viewer, String personId,
                                java.util.function.BiPredicate<SignedInUser, UserAccount> allowed, String action) {
        UserAccount person = accounts.find(personId).orElse(null);
        if (person == null || !allowed.test(viewer.user(), person)) {
            audit.record(viewer, action + ".refused", personId, null);
            throw new AccessDeniedException("you may not see this person's data");
        }
        audit.record(viewer, action, person.id(), null);
        return person;
    }

    private List<UserAccount> listed(Caller viewer,
                                     java.util.function.BiPredicate<SignedInUser, UserAccount> allowed) {
        List<UserAccount> people = accounts.all().stream()
                .filter(a -> a.has(Role.YOUTH) && a.active() && allowed.test(viewer.user(), a)).toList();
        audit.recordAll(viewer, "person.listed", people.stream().map(UserAccount::id).toList(), null);
        return people;
    }

    /**
     * The young people the viewer may see. Their names are personal data too: each listing is
     * audited for every person on it, so a person's trail shows who saw them listed.
     */
    public List<UserAccount> youngPeopleFor(Caller viewer) {
        return listed(viewer, this::maySee);
    }
}
