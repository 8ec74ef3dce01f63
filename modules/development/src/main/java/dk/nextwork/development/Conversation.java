package dk.nextwork.development;

import dk.nextwork.platform.time.PortalTime;
import java.time.Instant;
import java.util.Optional;

import dk.nextwork.reporting.Bilingual;

/**
 * A guided conversation about the visualisation, as the young person and their representative
 * answered the four questions: what is different from last time, examples of it, what they
 * appreciated about working together, and the area (a trait or dimension) they chose to improve
 * by next time, which is the focus of the next period. Both names are kept as they read that day;
 * {@code heldBy} is whoever saved it, the young person themselves or the representative.
 */
public record Conversation(String id, String youngPerson, String youngPersonName, Instant held, String heldBy, String heldByName,
                           Optional<String> company, String different, String examples, String appreciated,
                           String focus, Bilingual focusName, String focusNote) {

    /** Whether the young person saved it themselves, so that only one participant is on record. */
    public boolean heldByTheYoungPerson() {
        return heldBy.equals(youngPerson);
    }

    /** The day it was held, in Denmark. */
    public java.time.LocalDate day() {
        return java.time.LocalDate.ofInstant(held, PortalTime.ZONE);
    }
}
