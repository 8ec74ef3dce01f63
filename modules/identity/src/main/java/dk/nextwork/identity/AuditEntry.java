package dk.nextwork.identity;

import java.time.Instant;

/**
 * One line of the audit trail: who did what to whose data, when.
 *
 * @param actor   the account id, or {@code anonymous}
 * @param action  what happened, such as {@code signIn.success} or {@code person.read}
 * @param subject the person (account id) whose data it concerned, or null
 * @param detail  more about it, never a password or a token
 */
public record AuditEntry(Instant at, String actor, String action, String subject, String detail, String client) {
}
