package dk.nextwork.reporting.internal;

import dk.nextwork.platform.time.PortalTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.IntFunction;

import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Definition;
import dk.nextwork.reporting.Dimension;
import dk.nextwork.reporting.Feed;
import dk.nextwork.reporting.Indicator;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.Report;
import dk.nextwork.reporting.Score;
import dk.nextwork.reporting.ScoreHistory;
import dk.nextwork.reporting.ScoreSeries;
import dk.nextwork.reporting.Trait;

/**
 * Scores from submitted reports. Each rating is put on 0–100 by its indicator's scale in the
 * configuration version the report was made under, and counts towards that version's targets
 * with their weights; a score is the weighted mean of what was rated in its period. A report
 * counts in the period holding its reference day: the period's last day, or the day it was
 * submitted if earlier (a questionnaire is answered within its half-year). Traits are scored per
 * month, dimensions per their own cadence. Periods with no ratings are kept, as missing. An
 * optional rater's reports (the young person's own view of a month) count in no score.
 */
public final class ScoreCalculator {

    private ScoreCalculator() {
    }

    public static ScoreHistory history(String youngPerson, int currentVersion, Definition current, List<Report> reports,
                                       IntFunction<Definition> versions, LocalDate today) {
        Map<String, Cadence> cadences = new HashMap<>();
        for (Trait trait : current.traits()) {
            cadences.put(trait.id(), Cadence.MONTHLY);
        }
        for (Dimension dimension : current.dimensions()) {
            cadences.put(dimension.id(), dimension.cadence());
        }
        Map<String, Map<Period, Bucket>> buckets = new HashMap<>();
        LocalDate first = null;
        for (Report report : reports) {
            if (!report.isSubmitted() || !report.instrument().scoredFrom(report.rater())) {
                continue; // an optional rater's view (the young person's own of the month) is shown beside the scores
            }
            Definition made = versions.apply(report.configVersion());
            LocalDate day = referenceDay(report);
            first = first == null || day.isBefore(first) ? day : first;
            for (Indicator indicator : made.indicatorsFor(report.instrument(), report.rater())) {
                Integer rating = report.ratings().get(indicator.id());
                for (Feed feed : indicator.feeds()) {
                    Cadence cadence = cadences.get(feed.target());
                    if (cadence == null) {
                        continue; // a target the configuration in force no longer has
                    }
                    Bucket bucket = buckets.computeIfAbsent(feed.target(), target -> new HashMap<>())
                            .computeIfAbsent(Period.of(cadence, day), period -> new Bucket());
                    bucket.expected.add(indicator.id());
                    if (rating != null && indicator.scale().contains(rating)) {
                        bucket.add(indicator.id(), indicator.scale().normalised(rating), feed.weight(), submittedOn(report));
                    }
                }
            }
        }
        List<ScoreSeries> series = new ArrayList<>();
        for (Dimension dimension : current.dimensions()) {
            series.add(series(dimension.id(), dimension.name(), true, dimension.cadence(), buckets, first, today));
        }
        for (Trait trait : current.traits()) {
            series.add(series(trait.id(), trait.name(), false, Cadence.MONTHLY, buckets, first, today));
        }
        return new ScoreHistory(youngPerson, currentVersion, series);
    }

    public static LocalDate referenceDay(Report report) {
        LocalDate end = report.period().end();
        LocalDate submitted = submittedOn(report);
        return submitted.isBefore(end) ? submitted : end;
    }

    private static LocalDate submittedOn(Report report) {
        return LocalDate.ofInstant(report.submitted().orElseThrow(), PortalTime.ZONE);
    }

    private static ScoreSeries series(String target, dk.nextwork.reporting.Bilingual name, boolean dimension, Cadence cadence,
                                      Map<String, Map<Period, Bucket>> buckets, LocalDate first, LocalDate today) {
        List<Score> scores = new ArrayList<>();
        Map<Period, Bucket> byPeriod = buckets.getOrDefault(target, Map.of());
        if (first != null) {
            Period last = Period.of(cadence, today.isBefore(first) ? first : today);
            for (Period period = Period.of(cadence, first); period.compareTo(last) <= 0; period = period.next()) {
                Bucket bucket = byPeriod.get(period);
                scores.add(bucket == null ? new Score(period, OptionalDouble.empty(), 0, 0, 0) : bucket.score(period));
            }
        }
        return new ScoreSeries(target, name, dimension, cadence, scores);
    }

    /** What was rated towards one target in one period. */
    private static final class Bucket {
        private double weighted;
        private double weights;
        private int ratings;
        private final Set<String> rated = new HashSet<>();
        private final Set<String> expected = new HashSet<>();
        private LocalDate lastRated;

        void add(String indicator, double normalised, double weight, LocalDate submitted) {
            weighted += normalised * weight;
            weights += weight;
            ratings++;
            rated.add(indicator);
            lastRated = lastRated == null || submitted.isAfter(lastRated) ? submitted : lastRated;
        }

        Score score(Period period) {
            OptionalDouble value = ratings == 0 ? OptionalDouble.empty() : OptionalDouble.of(weighted / weights);
            return new Score(period, value, ratings, rated.size(), expected.size(), java.util.Optional.ofNullable(lastRated));
        }
    }
}
