package dk.nextwork.today;

import java.time.LocalDate;
import java.util.Optional;

/** A young person the company had placed before: when, and the company they moved on to, if they did. */
public record EarlierYoungPerson(String youngPerson, String name, LocalDate from, LocalDate until, Optional<String> movedOnTo) {
}
