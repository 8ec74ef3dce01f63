package dk.nextwork.development;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.RoleCheck;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.reporting.DimensionHistograms;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.ProgrammeScores;
import dk.nextwork.reporting.Score;
import dk.nextwork.reporting.ScoreHistogram;
import dk.nextwork.reporting.ScoreSeries;
import dk.nextwork.reporting.Scores;

/**
 * The cohort view for counsellors and coordinators: how the dimensions spread across the young
 * people the viewer may see (a counsellor's groups, a coordinator's whole programme), as medians
 * and quartiles only. Nobody else's scores go in, so no figure tells about anyone the viewer may not see;
 * and no figure stands on fewer than {@link #FEWEST_PEOPLE} young people, so none tells about one
 * young person the viewer may see either (a "median" of one is that person's score).
 *
 * <p>A coordinator's cohort (the whole programme) is read from the kept figures of
 * {@link ProgrammeScores}: eventually consistent (seconds after a save) and within half a point of
 * the exact quartiles; a counsellor's (their groups) is computed from the young people's histories.
 */
@ApplicationScoped
public class Cohorts {

    /** The fewest young people a cohort figure may stand on; a period scored for fewer is withheld. */
    public static final int FEWEST_PEOPLE = 5;

    private final PersonAccess access;
    private final Scores scores;
    private final ProgrammeScores programmeScores;
    private final AuditTrail audit;

    protected Cohorts() {
        this(null, null, null, null);
    }

    @Inject
    public Cohorts(PersonAccess access, Scores scores, ProgrammeScores programmeScores, AuditTrail audit) {
        this.access = access;
        this.scores = scores;
        this.programmeScores = programmeScores;
        this.audit = audit;
    }

    public static boolean mayView(SignedInUser viewer) {
        return RoleCheck.holdsAny(viewer, Role.COUNSELLOR, Role.COORDINATOR);
    }

    public CohortPicture picture(Caller caller) {
        if (!mayView(caller.user())) {
            audit.record(caller, "cohort.refused", null, null);
            throw new AccessDeniedException("only counsellors and coordinators see the cohort");
        }
        int count = access.countYoungPeople(caller, null); // a count reads no account and names no one
        if (count < FEWEST_PEOPLE) {
            return new CohortPicture(scores.today(), count, List.of()); // too few to read anyone's scores for
        }
        LocalDate today = scores.today();
        // a coordinator's bands come from the kept figures; a counsellor's from every one of their tens, not a page
        List<CohortSeries> dimensions = caller.user().has(Role.COORDINATOR) ? fromProgrammeFigures(caller, today)
                : fromHistories(caller, access.youngPeople(caller, null, 0, count).people());
        return new CohortPicture(today, count, dimensions);
    }

    /**
     * A coordinator's cohort is the whole programme: its kept figures ({@link ProgrammeScores}),
     * not 40,000 histories. Medians and quartiles are then within half a point of those of the
     * exact scores, and as fresh as the figures (seconds after a save). The periods run to today,
     * as a history does.
     */
    private List<CohortSeries> fromProgrammeFigures(Caller caller, LocalDate today) {
        List<CohortSeries> dimensions = new ArrayList<>();
        for (DimensionHistograms dimension : programmeScores.dimensions(caller)) {
            List<Band> bands = new ArrayList<>();
            int withheld = 0;
            for (ScoreHistogram histogram : dimension.periods()) {
                if (histogram.period().start().isAfter(today)) {
                    continue;
                }
                if (histogram.people() < FEWEST_PEOPLE) {
                    withheld++;
                } else {
                    bands.add(band(histogram));
                }
            }
            dimensions.add(new CohortSeries(dimension.target(), dimension.name(), dimension.cadence(), bands, withheld));
        }
        return dimensions;
    }

    /** A counsellor's cohort (their groups: tens of young people) from each young person's score history, exactly. */
    private List<CohortSeries> fromHistories(Caller caller, List<UserAccount> people) {
        Map<String, ScoreSeries> names = new LinkedHashMap<>();
        Map<String, Map<Period, List<Double>>> values = new LinkedHashMap<>();
        for (UserAccount person : people) {
            for (ScoreSeries series : scores.history(caller, person.id()).series()) {
                if (!series.dimension()) {
                    continue;
                }
                names.putIfAbsent(series.target(), series);
                Map<Period, List<Double>> byPeriod = values.computeIfAbsent(series.target(), target -> new TreeMap<>());
                for (Score score : series.scores()) {
                    if (!score.isMissing()) {
                        byPeriod.computeIfAbsent(score.period(), period -> new ArrayList<>()).add(score.value().getAsDouble());
                    }
                }
            }
        }
        List<CohortSeries> dimensions = new ArrayList<>();
        for (Map.Entry<String, ScoreSeries> named : names.entrySet()) {
            List<Band> bands = new ArrayList<>();
            int withheld = 0;
            for (Map.Entry<Period, List<Double>> period : values.get(named.getKey()).entrySet()) {
                if (period.getValue().size() < FEWEST_PEOPLE) {
                    withheld++;
                } else {
                    bands.add(band(period.getKey(), period.getValue()));
                }
            }
            dimensions.add(new CohortSeries(named.getKey(), named.getValue().name(), named.getValue().cadence(), bands, withheld));
        }
        return dimensions;
    }

    static Band band(ScoreHistogram histogram) {
        return new Band(histogram.period(), (int) histogram.people(), histogram.quantile(0.25), histogram.quantile(0.5),
                histogram.quantile(0.75));
    }

    static Band band(Period period, List<Double> scored) {
        double[] sorted = scored.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Band(period, sorted.length, quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75));
    }

    /** Linear interpolation between the closest ranks, as spreadsheets compute quartiles. */
    static double quantile(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
