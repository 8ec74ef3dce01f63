package dk.nextwork.messaging;

/**
 * A place to talk: a network group's channel (its young people and its counsellor), the company
 * network's (representatives and coordinators), or the private thread between a young person and
 * their counsellor. Young people never have a channel of two: contact between them is in the
 * group, where the counsellor is present. {@code name} is the group's name, or the young person's
 * name for a thread; {@code writable} whether the viewer may write (coordinators read the groups);
 * {@code moderates} whether the viewer looks after it: hides messages and hears of reports (the
 * counsellor in a group and in their threads, coordinators in the company network). A shared
 * experience's discussion ({@code ENTRY}, named after its author) is open to its group as the
 * group's channel is, while the experience stays on the agenda.
 */
public record Channel(String id, Kind kind, String name, boolean writable, boolean moderates) {

    public enum Kind { GROUP, COMPANIES, COUNSEL, ENTRY }

    public static final String COMPANIES_ID = "companies";
    static final String GROUP_PREFIX = "group-";
    static final String COUNSEL_PREFIX = "counsel-";
    static final String ENTRY_PREFIX = "entry-";

    public static String groupId(String networkGroup) {
        return GROUP_PREFIX + networkGroup;
    }

    public static String counselId(String youngPerson) {
        return COUNSEL_PREFIX + youngPerson;
    }

    /** Whose experience a discussion is about, and which. */
    public record EntryRef(String youngPerson, String entry) {
    }

    /** The discussion of a young person's shared experience. */
    public static String entryId(String youngPerson, String entry) {
        return ENTRY_PREFIX + youngPerson + "." + entry;
    }

    /** The experience an {@code ENTRY} channel id names; empty for any other id. */
    public static java.util.Optional<EntryRef> entryOf(String channelId) {
        if (channelId == null || !channelId.startsWith(ENTRY_PREFIX)) {
            return java.util.Optional.empty();
        }
        String rest = channelId.substring(ENTRY_PREFIX.length());
        int dot = rest.indexOf('.');
        return dot < 1 || dot == rest.length() - 1 ? java.util.Optional.empty()
                : java.util.Optional.of(new EntryRef(rest.substring(0, dot), rest.substring(dot + 1)));
    }
}
