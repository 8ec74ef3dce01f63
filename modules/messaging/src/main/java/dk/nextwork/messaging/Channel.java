package dk.nextwork.messaging;

/**
 * A place to talk: a network group's channel (its young people and its counsellor), the company
 * network's (representatives and coordinators), or the private thread between a young person and
 * their counsellor. Young people never have a channel of two: contact between them is in the
 * group, where the counsellor is present. {@code name} is the group's name, or the young person's
 * name for a thread; {@code writable} whether the viewer may write (coordinators read the groups);
 * {@code moderates} whether the viewer looks after it: hides messages and hears of reports (the
 * counsellor in a group and in their threads, coordinators in the company network).
 */
public record Channel(String id, Kind kind, String name, boolean writable, boolean moderates) {

    public enum Kind { GROUP, COMPANIES, COUNSEL }

    public static final String COMPANIES_ID = "companies";
    static final String GROUP_PREFIX = "group-";
    static final String COUNSEL_PREFIX = "counsel-";

    public static String groupId(String networkGroup) {
        return GROUP_PREFIX + networkGroup;
    }

    public static String counselId(String youngPerson) {
        return COUNSEL_PREFIX + youngPerson;
    }
}
