package dk.nextwork.matching;

import java.util.Locale;

/**
 * What a young person browses the open offers by: words in the title, work, industry, place or
 * company (any language), an industry, a place, and the most hours a week they can work; blank or
 * {@code null}: any.
 */
public record OfferFilter(String words, String industry, String area, Integer mostHours) {

    public static final OfferFilter ANY = new OfferFilter("", "", "", null);

    public OfferFilter {
        words = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        industry = industry == null ? "" : industry.strip();
        area = area == null ? "" : area.strip();
    }

    /** Whether the offer, of the company named so, is one the young person looks for. */
    public boolean matches(Offer offer, String companyName) {
        OfferTerms terms = offer.terms();
        if (!industry.isEmpty() && !industry.equals(terms.industry().da())) {
            return false;
        }
        if (!area.isEmpty() && !area.equals(terms.area())) {
            return false;
        }
        if (mostHours != null && terms.hoursPerWeek() > mostHours) {
            return false;
        }
        if (words.isEmpty()) {
            return true;
        }
        String text = String.join(" ", terms.title().da(), terms.title().en(), terms.work().da(), terms.work().en(),
                terms.industry().da(), terms.industry().en(), terms.area(), companyName).toLowerCase(Locale.ROOT);
        for (String word : words.split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
