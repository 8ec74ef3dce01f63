package dk.nextwork.program;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A network group of young people that meets weekly, led by a youth counsellor (account id);
 * {@code meets} is when, once a coordinator has said so. A group a coordinator ended ({@code
 * ended}: its last day) meets no more and keeps its members, for the record.
 */
public record NetworkGroup(String id, String name, String counsellor, Set<String> members, Optional<WeeklyMeeting> meets,
                           Optional<LocalDate> ended) {

    public NetworkGroup(String id, String name, String counsellor, Set<String> members) {
        this(id, name, counsellor, members, Optional.empty(), Optional.empty());
    }

    public NetworkGroup(String id, String name, String counsellor, Set<String> members, Optional<WeeklyMeeting> meets) {
        this(id, name, counsellor, members, meets, Optional.empty());
    }

    public boolean isEnded() {
        return ended.isPresent();
    }
}
