package dk.nextwork.reporting;

/** One of the overall dimensions; its score is computed per period of its cadence. */
public record Dimension(String id, Bilingual name, Bilingual description, Cadence cadence) {
}
