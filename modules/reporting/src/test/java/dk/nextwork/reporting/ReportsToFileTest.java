package dk.nextwork.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A to-do list by young person: due or overdue now, not due yet later, what was sent last. */
class ReportsToFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static DueReport weekly(String person, LocalDate weekStart, boolean sent) {
        Period week = Period.of(Cadence.WEEKLY, weekStart);
        LocalDate dueBy = week.end().plusDays(1);
        Optional<Report> saved = sent ? Optional.of(new Report("r", person, Instrument.WEEKLY_REPORT, week, Rater.COMPANY, "c", 1,
                Map.of(), "", Optional.empty(), Report.Status.SUBMITTED, Instant.EPOCH, "u", Optional.of(Instant.EPOCH), List.of()))
                : Optional.empty();
        return new DueReport(person, Instrument.WEEKLY_REPORT, week, dueBy, !sent && TODAY.isAfter(dueBy), saved,
                Optional.empty(), false);
    }

    @Test
    void eachYoungPersonsReportsAreSplitIntoNowLaterAndSentWithThoseWithSomethingDueFirst() {
        DueReport emmasOverdue = weekly("emma", TODAY.minusWeeks(2), false);
        DueReport emmasLastWeek = weekly("emma", TODAY.minusWeeks(1).minusDays(1), false);
        DueReport emmasThisWeek = weekly("emma", TODAY, false);
        DueReport emmasSent = weekly("emma", TODAY.minusWeeks(3), true);
        DueReport noahsThisWeek = weekly("noah", TODAY, false);
        Map<String, String> names = Map.of("emma", "Emma", "noah", "Aaron");

        List<ReportsToFile> grouped = ReportsToFile.group(List.of(noahsThisWeek, emmasSent, emmasThisWeek, emmasOverdue, emmasLastWeek),
                TODAY, names::get);

        assertEquals(List.of("emma", "noah"), grouped.stream().map(ReportsToFile::youngPerson).toList(),
                "the one with something due comes first, whatever the names");
        ReportsToFile emma = grouped.get(0);
        assertEquals(List.of(emmasOverdue, emmasLastWeek), emma.now(), "oldest due first");
        assertEquals(List.of(emmasThisWeek), emma.later());
        assertEquals(List.of(emmasSent), emma.sent());
        assertEquals(List.of(), grouped.get(1).now());
        assertEquals(List.of(noahsThisWeek), grouped.get(1).later());
    }
}
