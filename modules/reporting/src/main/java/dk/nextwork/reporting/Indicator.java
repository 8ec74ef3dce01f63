package dk.nextwork.reporting;

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

    public boolean ratedBy(Rater rater) {
        return raters.contains(rater);
    }
}
