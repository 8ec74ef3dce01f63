package dk.nextwork.reporting.internal;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.jcr.Node;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.Score;
import dk.nextwork.reporting.ScoreHistogram;
import dk.nextwork.reporting.ScoreHistory;
import dk.nextwork.reporting.ScoreSeries;

/**
 * What one young person adds to the programme's kept figures ({@link HistogramStore}), kept on
 * their own reports folder ({@code /reports/<young person>}), so a change of their scores is
 * applied as a delta: their old points out, their new ones in.
 * <ul>
 * <li>{@value #POINTS}: for each dimension and period they were scored in, the point their score
 * is counted on ({@code "<dimension> <period> <point>"}); none while their account is off.</li>
 * <li>{@value #VERSION}: the trait configuration version it was computed under; another version in
 * force (or none kept yet: reports written before this was kept, or straight into the repository)
 * makes them due.</li>
 * <li>{@value #MARK}{@code <random>}: a save that can change their scores marks them due, in the
 * same save. Each mark has a name of its own, so two saves never write the same property (saves
 * about the same young person do not conflict), and a refresh removes only the marks it read: one
 * added while it worked stays, and the young person is refreshed again.</li>
 * </ul>
 */
public final class CohortContribution {

    static final String POINTS = "cohortPoints";
    static final String VERSION = "cohortVersion";
    static final String MARK = "cohortDue-";

    /** One point of one dimension's period. */
    record Point(String dimension, Period period, int point) {

        Cell cell() {
            return new Cell(dimension, period);
        }

        String stored() {
            return dimension + " " + period.key() + " " + point;
        }

        static Point parse(String stored) {
            String[] parts = stored.split(" ");
            return new Point(parts[0], Period.parse(parts[1]).orElseThrow(), Integer.parseInt(parts[2]));
        }
    }

    /** One dimension's period: one histogram. */
    record Cell(String dimension, Period period) {
    }

    /** What a folder keeps: the points, the version they were computed under (0: none), the marks. */
    record Kept(Set<Point> points, long version, List<String> marks) {
    }

    private CohortContribution() {
    }

    /**
     * Marks a young person due for a refresh, in the caller's session (the caller saves): nothing
     * when they have no reports folder, since they then add nothing to the figures.
     */
    public static void markDue(Session session, String youngPerson) throws RepositoryException {
        String path = ReportStore.ROOT + "/" + youngPerson;
        if (youngPerson != null && !youngPerson.contains("/") && session.nodeExists(path)) {
            markDue(session.getNode(path));
        }
    }

    /** Marks the folder due: a new mark, unless this session has added one already (one save, one mark). */
    static void markDue(Node folder) throws RepositoryException {
        for (PropertyIterator marks = folder.getProperties(MARK + "*"); marks.hasNext(); ) {
            if (marks.nextProperty().isNew()) {
                return;
            }
        }
        folder.setProperty(MARK + UUID.randomUUID().toString().replace("-", ""), Calendar.getInstance());
    }

    /** Whether the folder's contribution must be computed again under the configuration version in force. */
    static boolean isDue(Node folder, int currentVersion) throws RepositoryException {
        return !folder.hasProperty(VERSION) || folder.getProperty(VERSION).getLong() != currentVersion
                || folder.getProperties(MARK + "*").hasNext();
    }

    static Kept read(Node folder) throws RepositoryException {
        Set<Point> points = new HashSet<>();
        if (folder.hasProperty(POINTS)) {
            for (Value value : folder.getProperty(POINTS).getValues()) {
                points.add(Point.parse(value.getString()));
            }
        }
        List<String> marks = new ArrayList<>();
        for (PropertyIterator found = folder.getProperties(MARK + "*"); found.hasNext(); ) {
            marks.add(found.nextProperty().getName());
        }
        return new Kept(points, folder.hasProperty(VERSION) ? folder.getProperty(VERSION).getLong() : 0, marks);
    }

    /** Keeps the points computed under {@code version} and removes the marks that were read before computing them. */
    static void write(Node folder, Set<Point> points, int version, List<String> marksRead) throws RepositoryException {
        folder.setProperty(POINTS, points.stream().map(Point::stored).sorted().toArray(String[]::new));
        folder.setProperty(VERSION, version);
        for (String mark : marksRead) {
            if (folder.hasProperty(mark)) {
                folder.getProperty(mark).remove();
            }
        }
    }

    /** The points of a young person's dimension scores (traits are not counted): one per period scored. */
    static Set<Point> pointsOf(ScoreHistory history) {
        Set<Point> points = new HashSet<>();
        for (ScoreSeries series : history.series()) {
            if (!series.dimension()) {
                continue;
            }
            for (Score score : series.scores()) {
                if (!score.isMissing()) {
                    points.add(new Point(series.target(), score.period(), ScoreHistogram.pointOf(score.value().getAsDouble())));
                }
            }
        }
        return points;
    }
}
