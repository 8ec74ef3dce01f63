package dk.nextwork.contentapps;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A company representative's proposed change to their company's partner page, waiting for an
 * editor (or decided).
 *
 * @param values    the whole partner page as proposed, by stored property name
 * @param decidedBy the editor who accepted or rejected it
 * @param reason    why it was rejected
 */
public record Proposal(String id, String itemPath, String proposedBy, String proposedByName, Instant created,
                       Status status, Map<String, Object> values, Optional<String> decidedBy, Optional<String> reason) {

    public enum Status { OPEN, ACCEPTED, REJECTED }

    public Proposal {
        values = Map.copyOf(values);
    }
}
