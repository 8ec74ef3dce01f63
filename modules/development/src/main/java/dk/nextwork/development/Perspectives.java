package dk.nextwork.development;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.Likelihood;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.Rater;

/**
 * The monthly indicators as each rater saw them, side by side: the company's, the counsellor's and
 * the young person's own view, per month (newest first). Only what the viewer may read is in it:
 * {@code readable} says whose views they may read at all (a representative only their own
 * company's), and {@code likelihoods} holds the counsellors' belief only for counsellors and
 * coordinators; for anyone else it is empty, not an empty list.
 *
 * @param raters the monthly assessment's raters, in the order they are shown
 */
public record Perspectives(String youngPerson, List<Rater> raters, Set<Rater> readable, List<Month> months,
                           Optional<List<Likelihood>> likelihoods) {

    public Perspectives {
        raters = List.copyOf(raters);
        readable = Set.copyOf(readable);
        months = List.copyOf(months);
        likelihoods = likelihoods.map(List::copyOf);
    }

    /** The newest month anyone gave a view of. */
    public Optional<Month> latest() {
        return months.stream().findFirst();
    }

    /** One month: each monthly indicator with what each rater gave it (the latest submitted report of each). */
    public record Month(Period period, List<Row> rows) {

        public Month {
            rows = List.copyOf(rows);
        }

        /** Whether a rater gave any view of the month. */
        public boolean hasViewOf(Rater rater) {
            return rows.stream().anyMatch(row -> row.ratings().containsKey(rater));
        }
    }

    /** One indicator in a month: its name, its scale's top, and each rater's rating (a rater missing gave none). */
    public record Row(String indicator, Bilingual name, int max, Map<Rater, Integer> ratings) {

        public Row {
            ratings = Map.copyOf(ratings);
        }

        public Optional<Integer> of(Rater rater) {
            return Optional.ofNullable(ratings.get(rater));
        }
    }
}
