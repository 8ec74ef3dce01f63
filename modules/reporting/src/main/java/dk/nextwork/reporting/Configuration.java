package dk.nextwork.reporting;

import java.time.Instant;

/**
 * One saved version of the trait configuration. Versions are never changed: every report records
 * the version it was made under, so its ratings keep their meaning after a change.
 */
public record Configuration(int version, Instant created, String createdBy, String comment, Definition definition) {
}
