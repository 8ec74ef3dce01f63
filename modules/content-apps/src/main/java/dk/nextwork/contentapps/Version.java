package dk.nextwork.contentapps;

import java.time.Instant;
import java.util.Map;

/** What an item looked like when it was published: the n-th version, who published it, when and why. */
public record Version(int number, String author, Instant created, String comment, Map<String, Object> values) {

    public Version {
        values = Map.copyOf(values);
    }
}
