package dk.nextwork.program;

import java.util.Optional;
import java.util.Set;

/**
 * A network group of young people that meets weekly, led by a youth counsellor (account id);
 * {@code meets} is when, once a coordinator has said so.
 */
public record NetworkGroup(String id, String name, String counsellor, Set<String> members, Optional<WeeklyMeeting> meets) {

    public NetworkGroup(String id, String name, String counsellor, Set<String> members) {
        this(id, name, counsellor, members, Optional.empty());
    }
}
