package dk.nextwork.reporting.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.nextwork.platform.repository.RepositoryFailure;

import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.ScoreHistogram;

/**
 * The programme's kept figures: {@code /system/cohort/<dimension>/<period>} with {@code counts},
 * how many active young people scored each point 0–100 in that period ({@link ScoreHistogram}).
 * Only the background refresh writes here, never a user's save: two app nodes refreshing at the
 * same moment change the same counts, and the second save is refused as a conflict and tried again.
 */
public final class HistogramStore {

    private static final Logger LOG = LoggerFactory.getLogger(HistogramStore.class);

    public static final String ROOT = "/system/cohort";
    private static final String COUNTS = "counts";

    private HistogramStore() {
    }

    /** Adds the changes (per cell, per point) to the kept counts; the caller saves. */
    static void apply(Session session, Map<CohortContribution.Cell, long[]> deltas) throws RepositoryException {
        for (Map.Entry<CohortContribution.Cell, long[]> delta : deltas.entrySet()) {
            Node node = node(session, delta.getKey());
            long[] counts = counts(node);
            for (int point = 0; point < ScoreHistogram.POINTS; point++) {
                counts[point] += delta.getValue()[point];
                if (counts[point] < 0) {
                    // only if the figures were changed behind the worker's back; stopping here would stop every refresh
                    LOG.warn("The programme's count of {} at point {} fell below zero: the figures do not match the young"
                            + " people's parts; ProgrammeScores.rebuild() counts them again", delta.getKey(), point);
                    counts[point] = 0;
                }
            }
            write(session, node, counts);
        }
    }

    /** Sets the kept counts to {@code totals}, every cell not in them to zero; the caller saves. */
    static void replaceAll(Session session, Map<CohortContribution.Cell, long[]> totals) throws RepositoryException {
        Node root = session.getNode(ROOT);
        for (NodeIterator dimensions = root.getNodes(); dimensions.hasNext(); ) {
            Node dimension = dimensions.nextNode();
            for (NodeIterator periods = dimension.getNodes(); periods.hasNext(); ) {
                Node period = periods.nextNode();
                Period key = Period.parse(period.getName()).orElse(null);
                long[] total = key == null ? null : totals.get(new CohortContribution.Cell(dimension.getName(), key));
                write(session, period, total == null ? new long[ScoreHistogram.POINTS] : total);
            }
        }
        for (Map.Entry<CohortContribution.Cell, long[]> total : totals.entrySet()) {
            write(session, node(session, total.getKey()), total.getValue());
        }
    }

    /** Every kept histogram, by dimension and period (oldest first); zero counts included. */
    public static Map<String, Map<Period, ScoreHistogram>> readAll(Session session) throws RepositoryException {
        Map<String, Map<Period, ScoreHistogram>> all = new HashMap<>();
        if (!session.nodeExists(ROOT)) {
            return all;
        }
        for (NodeIterator dimensions = session.getNode(ROOT).getNodes(); dimensions.hasNext(); ) {
            Node dimension = dimensions.nextNode();
            Map<Period, ScoreHistogram> periods = new TreeMap<>();
            for (NodeIterator nodes = dimension.getNodes(); nodes.hasNext(); ) {
                Node node = nodes.nextNode();
                Period.parse(node.getName()).ifPresent(period -> periods.put(period, histogram(period, node)));
            }
            all.put(dimension.getName(), periods);
        }
        return all;
    }

    private static ScoreHistogram histogram(Period period, Node node) {
        try {
            return new ScoreHistogram(period, counts(node));
        } catch (RepositoryException e) {
            throw new RepositoryFailure(e);
        }
    }

    private static Node node(Session session, CohortContribution.Cell cell) throws RepositoryException {
        Node root = session.getNode(ROOT);
        Node dimension = root.hasNode(cell.dimension()) ? root.getNode(cell.dimension())
                : root.addNode(cell.dimension(), "nt:unstructured");
        String name = cell.period().key();
        return dimension.hasNode(name) ? dimension.getNode(name) : dimension.addNode(name, "nt:unstructured");
    }

    private static long[] counts(Node node) throws RepositoryException {
        long[] counts = new long[ScoreHistogram.POINTS];
        if (node.hasProperty(COUNTS)) {
            Value[] values = node.getProperty(COUNTS).getValues();
            for (int point = 0; point < Math.min(values.length, counts.length); point++) {
                counts[point] = values[point].getLong();
            }
        }
        return counts;
    }

    private static void write(Session session, Node node, long[] counts) throws RepositoryException {
        ValueFactory factory = session.getValueFactory();
        Value[] values = new Value[counts.length];
        for (int point = 0; point < counts.length; point++) {
            values[point] = factory.createValue(counts[point]);
        }
        node.setProperty(COUNTS, values);
    }
}
