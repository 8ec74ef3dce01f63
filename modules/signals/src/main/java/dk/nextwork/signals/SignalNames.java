package dk.nextwork.signals;

import java.util.Optional;

/**
 * The first names a signal's words use: the young person's (for everyone else) and their
 * counsellor's (for the young person: "tal med Jonas"), empty when they are in no group.
 */
public record SignalNames(String youngPerson, Optional<String> counsellor) {
}
