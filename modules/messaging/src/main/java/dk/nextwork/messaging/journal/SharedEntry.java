package dk.nextwork.messaging.journal;

import java.time.LocalDate;
import java.util.Optional;

/** An experience a young person put on their group's agenda, as the group sees it, with the channel of its discussion. */
public record SharedEntry(String thread, String authorName, String text, EntryKind kind, LocalDate day,
                          Optional<String> companyName, Optional<Feeling> feeling) {
}
