package dk.nextwork.today;

import java.time.LocalDate;
import java.util.List;

/**
 * A placement as a start view shows it: where, from when until when, for how many hours a week,
 * and who to turn to at the company.
 *
 * @param contacts the company's representatives, by name
 */
public record PlacementNow(String company, String companyName, LocalDate from, LocalDate until, int hoursPerWeek,
                           List<Contact> contacts) {

    public PlacementNow {
        contacts = List.copyOf(contacts);
    }

    /** Someone at the company a young person can turn to. */
    public record Contact(String name, String email) {
    }
}
