package dk.nextwork.messaging.journal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One of a young person's experiences as they see it: private, or on their group's agenda for the
 * meeting at {@code sharedFor} (Danish time). {@code canTakeBack} while that meeting has not begun.
 */
public record JournalEntry(String id, String text, EntryKind kind, LocalDate day, Optional<String> company,
                           Optional<String> companyName, Optional<Feeling> feeling, Optional<LocalDateTime> sharedFor,
                           boolean canTakeBack) {

    public boolean shared() {
        return sharedFor.isPresent();
    }
}
