package dk.nextwork.matching.algorithm;

/** A young person matched with an offer, which was their {@code choice}-th wish (1 = their first). */
public record Placement(String youngPerson, String offer, int choice) {
}
