package dk.nextwork.reporting;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * What a rater rates: a statement or quality on a scale, at a cadence, counting towards traits and
 * dimensions with weights. Its {@code id} is what reports store the rating under.
 *
 * @param ownView how the young person is asked when they give their own view of an indicator that
 *                others observe (a statement about themselves, and the scale's steps in their
 *                words); null when they are asked in the indicator's own words
 */
public record Indicator(String id, Bilingual name, Bilingual description, Cadence cadence, Set<Rater> raters,
                        Scale scale, List<Feed> feeds, OwnView ownView) {

    public Indicator {
        raters = Set.copyOf(raters);
        feeds = List.copyOf(feeds);
    }

    /** An indicator the young person is asked about in its own words. */
    public Indicator(String id, Bilingual name, Bilingual description, Cadence cadence, Set<Rater> raters, Scale scale,
                     List<Feed> feeds) {
        this(id, name, description, cadence, raters, scale, feeds, null);
    }

    /** The young person's wording: a statement ("Jeg gør mine opgaver færdige …") and one anchor per step of the scale. */
    public record OwnView(Bilingual statement, List<Bilingual> anchors) {

        public OwnView {
            anchors = List.copyOf(anchors);
        }
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

    /**
     * The indicator as a rater reads it on their form: the young person's own wording when they
     * give their own view and there is one (same steps, their anchors), else as it is.
     */
    public Indicator askedOf(Rater rater) {
        if (rater != Rater.YOUNG_PERSON || ownView == null) {
            return this;
        }
        return new Indicator(id, ownView.statement(), new Bilingual("", ""), cadence, raters,
                new Scale(scale.min(), scale.max(), ownView.anchors()), feeds, ownView);
    }
}
