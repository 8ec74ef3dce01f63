package dk.nextwork.reporting;

/** One of the character traits development is tracked on; its score is computed per month. */
public record Trait(String id, Bilingual name, Bilingual description) {
}
