package dk.nextwork.today;

import java.util.List;
import java.util.Optional;

import dk.nextwork.signals.Signal;

/** A counsellor's network group as their start view shows it: its next meeting and its young people. */
public record GroupToday(String id, String name, Optional<GroupMeeting> nextMeeting, List<Member> members) {

    public GroupToday {
        members = List.copyOf(members);
    }

    /** A young person of the group, with the placement they are in today or the next one planned, and their open signals. */
    public record Member(String youngPerson, String name, Optional<PlacementNow> placement, boolean placedNow,
                         List<Signal> signals) {

        public Member {
            signals = List.copyOf(signals);
        }
    }
}
