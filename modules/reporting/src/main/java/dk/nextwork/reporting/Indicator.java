package dk.nextwork.reporting;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * What a rater rates: a statement or quality on a scale, at a cadence, counting towards traits and
 * dimensions with weights. Its {@code id} is what reports store the rating under.
 */
public record Indicator(String id, Bilingual name, Bilingual description, Cadence cadence, Set<Rater> raters,
                        Scale scale, List<Feed> feeds) {

    public Indicator {
        raters = Set.copyOf(raters);
        feeds = List.copyOf(feeds);
    }

    /**
     * What a coordinator starts a new indicator from: rated weekly by the company on a 1–5 scale
     * whose anchors are still to be written, counting towards no trait or dimension until given
     * a weight.
     */
    public static Indicator blank() {
        Bilingual empty = new Bilingual("", "");
        return new Indicator("", empty, empty, Cadence.WEEKLY, Set.of(Rater.COMPANY),
                new Scale(1, 5, Collections.nCopies(5, empty)), List.of());
    }

    public boolean ratedBy(Rater rater) {
        return raters.contains(rater);
    }
}
