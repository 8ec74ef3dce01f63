package dk.nextwork.messaging.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.UI;

import dk.nextwork.messaging.journal.EntryKind;
import dk.nextwork.messaging.journal.Feeling;
import dk.nextwork.platform.i18n.Formats;

/** How the journal's views word an experience and a meeting: one way for the journal, the agenda and a discussion. */
final class JournalTexts {

    private JournalTexts() {
    }

    /** "Arbejdet · 2. dec. 2026 · Fjordbyens Værksted · Godt": what it was about, when, where and how it felt. */
    static String about(EntryKind kind, LocalDate day, Optional<String> company, Optional<Feeling> feeling) {
        UI in = UI.getCurrent();
        List<String> parts = new ArrayList<>();
        parts.add(in.getTranslation("messaging.journal.kind." + kind.name()));
        parts.add(Formats.date(day, in.getLocale()));
        company.ifPresent(parts::add);
        feeling.ifPresent(how -> parts.add(in.getTranslation("messaging.journal.feeling." + how.name())));
        return String.join(" · ", parts);
    }

    /** A meeting in a text of {@code key} with the weekday, the day ("8. dec.") and the time. */
    static String meeting(String key, LocalDateTime meeting) {
        UI in = UI.getCurrent();
        return in.getTranslation(key, meeting.getDayOfWeek(), Formats.dayAndShortMonth(meeting.toLocalDate(), in.getLocale()),
                meeting.toLocalTime());
    }
}
