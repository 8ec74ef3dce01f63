package dk.nextwork.messaging.journal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What a young person writes: what happened, what about, the day, optionally the placement (the company's id) and how it felt. */
public record EntryDraft(String text, EntryKind kind, LocalDate day, Optional<String> company, Optional<Feeling> feeling) {

    public EntryDraft {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(feeling, "feeling");
    }
}
