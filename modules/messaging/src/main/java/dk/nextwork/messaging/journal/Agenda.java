package dk.nextwork.messaging.journal;

import java.time.LocalDateTime;
import java.util.List;

/** A network group's next weekly meeting (Danish time) and the experiences its young people shared for it, oldest shared first. */
public record Agenda(String group, String groupName, LocalDateTime meeting, List<SharedEntry> entries) {
}
