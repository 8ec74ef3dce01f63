package dk.nextwork.identity;

/**
 * Who works with which young person, as the programme records it: a module that knows (the
 * programme module: placements and network groups) provides a CDI bean of this type. Without
 * one, company representatives and counsellors see no young person.
 */
public interface Relationships {

    /**
     * Whether the viewer works with the young person now: a company representative while the
     * young person is placed at their company, a counsellor while the young person is in one of
     * their groups.
     */
    boolean worksWith(SignedInUser viewer, String youngPersonId);

    /**
     * Whether the viewer follows the young person's course without working with them now: a
     * company that had the young person placed earlier sees where they went on and how they
     * develop, but not their personal details or other companies' reports.
     */
    default boolean followsCourse(SignedInUser viewer, String youngPersonId) {
        return false;
    }

    /**
     * The ids of the young people the viewer works with now, exactly those for whom
     * {@link #worksWith} holds, found through the records' own indexes (never by asking about
     * every young person): what a representative's or counsellor's list of people is made of.
     */
    java.util.Set<String> youngPeopleWorkedWithBy(SignedInUser viewer);

    /** The ids of the young people for whom {@link #followsCourse} holds, found as {@link #youngPeopleWorkedWithBy}. */
    default java.util.Set<String> youngPeopleWhoseCourseIsFollowedBy(SignedInUser viewer) {
        return java.util.Set.of();
    }
}
