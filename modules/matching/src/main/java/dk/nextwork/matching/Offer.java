package dk.nextwork.matching;

/** A company's placement offer; open while it is published on the company's partner page. */
public record Offer(String id, String company, OfferTerms terms, boolean open) {
}
