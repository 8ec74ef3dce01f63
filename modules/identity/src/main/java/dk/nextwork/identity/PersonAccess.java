package dk.nextwork.identity;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import dk.nextwork.identity.internal.AccountDirectory;

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

    /**
     * A page of the young people the viewer may see ({@link #maySee}), active ones only, ordered
     * by name as Danish readers expect and then by id, whose name contains {@code nameFilter}
     * (any case; {@code null} or blank: all). Their names are personal data too: the listing is
     * audited ("person.listed") for every person on the page, and for no one else, so a person's
     * trail shows who saw them listed.
     *
     * <p>No call reads every account: a coordinator's page comes from the kept, name-ordered
     * directory of young people ({@link AccountDirectory}), and only the accounts on the page are
     * read; a representative's or counsellor's from the ids their {@link Relationships} name (only
     * those accounts are read, tens of them).
     */
    public YoungPeoplePage youngPeople(Caller viewer, String nameFilter, int offset, int limit) {
        return listed(viewer, nameFilter, offset, limit, false);
    }

    /** How many young people {@link #youngPeople} finds in all; not audited (a number names no one). */
    public int countYoungPeople(Caller viewer, String nameFilter) {
        return count(viewer.user(), nameFilter, false);
    }

    /**
     * As {@link #youngPeople}, for the young people whose course the viewer may follow
     * ({@link #mayFollow}): also those once placed at a representative's company.
     */
    public YoungPeoplePage youngPeopleFollowed(Caller viewer, String nameFilter, int offset, int limit) {
        return listed(viewer, nameFilter, offset, limit, true);
    }

    /** How many young people {@link #youngPeopleFollowed} finds in all; not audited. */
    public int countYoungPeopleFollowed(Caller viewer, String nameFilter) {
        return count(viewer.user(), nameFilter, true);
    }

    /**
     * As {@link #youngPeople}, among those whose id {@code alsoMatching} accepts (such as "is
     * enrolled"), without the total (counting would test every young person): for a lazy picker
     * that asks page after page until one comes back short. Audited for those returned.
     */
    public List<UserAccount> youngPeopleWhere(Caller viewer, String nameFilter, java.util.function.Predicate<String> alsoMatching,
                                              int offset, int limit) {
        requirePage(offset, limit);
        SignedInUser user = viewer.user();
        List<UserAccount> people = user.has(Role.COORDINATOR)
                ? read(accounts.directory().active(nameFilter).stream().map(AccountDirectory.Entry::id)
                        .filter(alsoMatching).skip(offset).limit(limit).toList())
                : related(user, nameFilter, false).stream().filter(person -> alsoMatching.test(person.id()))
                        .skip(offset).limit(limit).toList();
        return audited(viewer, people);
    }

    /**
     * Those of the ids the viewer may see (active young people, as {@link #youngPeople}) in name
     * order, for names shown beside other records (a group's members, a report due, a
     * placement): only those accounts are read, and the listing is audited for them.
     */
    public List<UserAccount> youngPeopleAmong(Caller viewer, java.util.Collection<String> ids) {
        SignedInUser user = viewer.user();
        return audited(viewer, user.has(Role.COORDINATOR) ? read(ids(accounts.directory().activeAmong(ids, null)))
                : among(related(user, null, false), ids));
    }

    /**
     * The ids among {@code ids} of the young people the viewer may see whose name contains
     * {@code nameFilter}, in name order; not audited (no name leaves): for choosing which
     * records to show, whose names are then read through {@link #youngPeopleAmong}.
     */
    public List<String> visibleAmong(SignedInUser viewer, java.util.Collection<String> ids, String nameFilter) {
        return viewer.has(Role.COORDINATOR) ? ids(accounts.directory().activeAmong(ids, nameFilter))
                : among(related(viewer, nameFilter, false), ids).stream().map(UserAccount::id).toList();
    }

    /**
     * The ids of the young people the viewer may see whose name contains {@code nameFilter} (any
     * case; blank: all), in name order, at most {@code limit} of them; not audited (no name
     * leaves): for finding a searched person's records by their id, whose names are then read
     * through {@link #youngPeopleAmong}. A coordinator's come from the kept directory (no account
     * is read).
     */
    public List<String> visibleNamed(SignedInUser viewer, String nameFilter, int limit) {
        requirePage(0, limit);
        return viewer.has(Role.COORDINATOR) ? ids(accounts.directory().page(nameFilter, 0, limit).entries())
                : related(viewer, nameFilter, false).stream().limit(limit).map(UserAccount::id).toList();
    }

    private YoungPeoplePage listed(Caller viewer, String nameFilter, int offset, int limit, boolean course) {
        requirePage(offset, limit);
        SignedInUser user = viewer.user();
        if (user.has(Role.COORDINATOR)) {
            AccountDirectory.Page page = accounts.directory().page(nameFilter, offset, limit);
            return new YoungPeoplePage(audited(viewer, read(ids(page.entries()))), page.total());
        }
        List<UserAccount> all = related(user, nameFilter, course);
        List<UserAccount> page = offset >= all.size() ? List.of()
                : all.subList(offset, (int) Math.min(all.size(), (long) offset + limit));
        return new YoungPeoplePage(audited(viewer, page), all.size());
    }

    private int count(SignedInUser user, String nameFilter, boolean course) {
        if (user.has(Role.COORDINATOR)) {
            return nameFilter == null || nameFilter.isBlank() ? accounts.directory().activeCount()
                    : accounts.directory().page(nameFilter, 0, 0).total();
        }
        return related(user, nameFilter, course).size();
    }

    /**
     * The active young people a viewer who is not a coordinator may see (or follow), in name order:
     * themselves, and whom their relationships name. Only those accounts are read (tens, for a
     * counsellor or a company), not the directory of everyone.
     */
    private List<UserAccount> related(SignedInUser user, String nameFilter, boolean course) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        if (user.has(Role.YOUTH)) {
            ids.add(user.id());
        }
        if (user.has(Role.COMPANY_REP) || user.has(Role.COUNSELLOR)) {
            for (Relationships known : relationships) {
                ids.addAll(known.youngPeopleWorkedWithBy(user));
                if (course && user.has(Role.COMPANY_REP)) {
                    ids.addAll(known.youngPeopleWhoseCourseIsFollowedBy(user));
                }
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        String text = nameFilter == null ? "" : nameFilter.strip().toLowerCase(java.util.Locale.ROOT);
        return read(ids).stream().filter(person -> person.name().toLowerCase(java.util.Locale.ROOT).contains(text))
                .sorted(AccountDirectory.byName()).toList();
    }

    private static List<UserAccount> among(List<UserAccount> people, java.util.Collection<String> ids) {
        java.util.Set<String> asked = new java.util.HashSet<>(ids);
        return people.stream().filter(person -> asked.contains(person.id())).toList();
    }

    private static List<String> ids(List<AccountDirectory.Entry> entries) {
        return entries.stream().map(AccountDirectory.Entry::id).toList();
    }

    /** The accounts of the ids that are active young people; the directory may be a moment behind a save on another app node, so the accounts read decide. */
    private List<UserAccount> read(java.util.Collection<String> ids) {
        return accounts.findAll(ids).stream().filter(person -> person.has(Role.YOUTH) && person.active()).toList();
    }

    private List<UserAccount> audited(Caller viewer, List<UserAccount> people) {
        audit.recordAll(viewer, "person.listed", people.stream().map(UserAccount::id).toList(), null);
        return people;
    }

    private static void requirePage(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }
}
