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
}
