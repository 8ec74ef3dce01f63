package dk.nextwork.today;

import java.time.LocalDate;
import java.time.LocalTime;

/** A network group's next meeting: the group, the day and the time, and the counsellor who leads it. */
public record GroupMeeting(String groupName, LocalDate day, LocalTime time, String counsellorName) {
}
