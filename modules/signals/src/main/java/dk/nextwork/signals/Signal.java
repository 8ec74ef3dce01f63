package dk.nextwork.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.Period;

/**
 * One signal about a young person, with what it rests on, so anyone who sees it can check it: the
 * {@code periods} it looked at (oldest first) and the {@code values} it found in them (absence
 * hours, scores rounded as the views show them, one per period).
 *
 * @param raised   the day it was raised
 * @param about    what it is about: the dimension or focus area's name, or the company whose reports
 *                 are missing or who raised a concern (the counsellor's name when they did)
 * @param reason   a concern's reason, as its author wrote it
 * @param raisedBy the account that raised a concern; empty for signals the rules raised
 * @param acted    what was done about it; a signal is open until then
 * @param company  the company a concern came from, or whose reports are missing
 * @param target   the id of the dimension or area a score signal is about
 */
public record Signal(String id, String youngPerson, SignalKind kind, LocalDate raised, Optional<Bilingual> about,
                     List<Period> periods, List<Integer> values, Optional<String> reason, Optional<String> raisedBy,
                     Optional<Acted> acted, Optional<String> company, Optional<String> target) {

    public Signal {
        periods = List.copyOf(periods);
        values = List.copyOf(values);
    }

    /** Open until someone has acted on it, however the situation has changed since. */
    public boolean isOpen() {
        return acted.isEmpty();
    }

    /** The same signal, acted on. */
    public Signal actedOn(Acted what) {
        return new Signal(id, youngPerson, kind, raised, about, periods, values, reason, raisedBy, Optional.of(what),
                company, target);
    }

    /** What was done about a signal, by whom (account id and name as it was then) and when. */
    public record Acted(SignalAction action, String note, String by, String byName, Instant at) {
    }
}
