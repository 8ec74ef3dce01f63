package dk.nextwork.program;

import java.time.LocalDate;

/**
 * A company in the network (its id is the partner page's name), as the programme runs it.
 *
 * @param placementCapacity how many young people it can have in placement at the same time
 */
public record Company(String id, String name, String industry, int employees, int placementCapacity, LocalDate memberSince) {
}
