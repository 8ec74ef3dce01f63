package dk.nextwork.program;

import java.time.LocalDate;
import java.util.Set;

/**
 * A meeting that took place: a network group's weekly meeting (who of the young people came), or
 * the company network's monthly meeting (which companies came).
 *
 * @param attended account ids of young people, or company ids
 */
public record Meeting(LocalDate date, Set<String> attended, String recordedBy) {

    public Meeting {
        attended = Set.copyOf(attended);
    }
}
