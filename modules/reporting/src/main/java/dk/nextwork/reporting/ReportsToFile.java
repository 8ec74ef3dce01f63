package dk.nextwork.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;


/**
 * One young person's reports on a to-do list: {@code now} what is due or overdue, {@code later}
 * what is not due yet, {@code sent} what was sent and can still be corrected. What is still to file
 * always comes before what has been sent.
 */
public record ReportsToFile(String youngPerson, String name, List<DueReport> now, List<DueReport> later, List<DueReport> sent) {

    public ReportsToFile {
        now = List.copyOf(now);
        later = List.copyOf(later);
        sent = List.copyOf(sent);
    }

    /** Whether anything is due or overdue. */
    public boolean hasDue() {
        return !now.isEmpty();
    }

    /**
     * The to-do list grouped by young person: those with something due first, then by name. A report
     * is due on its due day and after it.
     */
    public static List<ReportsToFile> group(List<DueReport> due, LocalDate today, Function<String, String> names) {
        Map<String, List<DueReport>> byPerson = new LinkedHashMap<>();
        for (DueReport item : due) {
            byPerson.computeIfAbsent(item.youngPerson(), person -> new ArrayList<>()).add(item);
        }
        List<ReportsToFile> grouped = new ArrayList<>();
        Comparator<DueReport> byDueDay = Comparator.comparing(DueReport::dueBy);
        byPerson.forEach((person, items) -> grouped.add(new ReportsToFile(person, names.apply(person),
                items.stream().filter(item -> !item.isSubmitted() && !item.dueBy().isAfter(today)).sorted(byDueDay).toList(),
                items.stream().filter(item -> !item.isSubmitted() && item.dueBy().isAfter(today)).sorted(byDueDay).toList(),
                items.stream().filter(DueReport::isSubmitted).sorted(byDueDay.reversed()).toList())));
        grouped.sort(Comparator.comparing((ReportsToFile group) -> !group.hasDue()).thenComparing(ReportsToFile::name));
        return grouped;
    }
}
