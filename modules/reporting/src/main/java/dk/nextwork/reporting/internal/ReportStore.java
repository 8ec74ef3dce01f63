package dk.nextwork.reporting.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.platform.repository.JcrValues;
import dk.nextwork.platform.repository.LargeFolders;
import dk.nextwork.reporting.Instrument;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.Rater;
import dk.nextwork.reporting.Report;

/**
 * How reports lie in the repository: {@code /reports/<young person>/<instrument>-<period>-<rater>-<rater id>},
 * so one young person's whole history is one node's children and needs no query. Ratings are
 * properties {@code rating.<indicator>}; corrections keep the earlier wording in child nodes.
 * Folders keep no child order ({@link LargeFolders}), so tens of thousands of young people cost
 * nothing extra per save.
 */
public final class ReportStore {

    public static final String ROOT = "/reports";
    private static final String RATING = "rating.";
    /** A counsellor's {@link dk.nextwork.reporting.Likelihood} answer, read only through {@code Reports}' access rule. */
    private static final String LIKELIHOOD = "likelihood";

    private ReportStore() {
    }

    public static String name(Instrument instrument, Period period, Rater rater, String raterId) {
        return instrument.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + period.key() + "-"
                + rater.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + raterId;
    }

    public static Optional<Node> find(Session session, String youngPerson, String name) throws RepositoryException {
        String path = ROOT + "/" + youngPerson + "/" + name;
        return session.nodeExists(path) ? Optional.of(session.getNode(path)) : Optional.empty();
    }

    /** The node of a new report; the young person's folder is made when it is the first. */
    public static Node create(Session session, String youngPerson, String name) throws RepositoryException {
        Node root = session.getNode(ROOT);
        Node folder = LargeFolders.child(root, youngPerson);
        return folder.addNode(name, "nt:unstructured");
    }

    /** Every report about a young person, drafts too, in no particular order. */
    public static List<Report> all(Session session, String youngPerson) throws RepositoryException {
        List<Report> reports = new ArrayList<>();
        String path = ROOT + "/" + youngPerson;
        if (!session.nodeExists(path)) {
            return reports;
        }
        for (NodeIterator nodes = session.getNode(path).getNodes(); nodes.hasNext(); ) {
            reports.add(read(nodes.nextNode(), false));
        }
        return reports;
    }

    public static void write(Node node, Report report) throws RepositoryException {
        node.setProperty("instrument", report.instrument().name());
        node.setProperty("period", report.period().key());
        node.setProperty("rater", report.rater().name());
        node.setProperty("raterId", report.raterId());
        node.setProperty("configVersion", report.configVersion());
        node.setProperty("status", report.status().name());
        node.setProperty("updated", JcrValues.utc(report.updated()));
        node.setProperty("updatedBy", report.updatedBy());
        if (report.submitted().isPresent()) {
            node.setProperty("submitted", JcrValues.utc(report.submitted().get()));
        }
        writeValues(node, report.ratings(), report.comment(), report.absenceHours(), report.likelihood());
    }

    /** Keeps what a submitted report says now as its next correction entry, before it is changed. */
    public static void keepCorrection(Node node, Instant corrected, String correctedBy) throws RepositoryException {
        Report before = read(node, false);
        Node corrections = node.hasNode("corrections") ? node.getNode("corrections") : node.addNode("corrections", "nt:unstructured");
        Node entry = corrections.addNode(String.valueOf(corrections.getNodes().getSize() + 1), "nt:unstructured");
        entry.setProperty("corrected", JcrValues.utc(corrected));
        entry.setProperty("correctedBy", correctedBy);
        writeValues(entry, before.ratings(), before.comment(), before.absenceHours(), before.likelihood());
    }

    private static void writeValues(Node node, Map<String, Integer> ratings, String comment, Optional<Integer> absence,
                                    Optional<Integer> likelihood) throws RepositoryException {
        for (PropertyIterator properties = node.getProperties(RATING + "*"); properties.hasNext(); ) {
            properties.nextProperty().remove();
        }
        for (Map.Entry<String, Integer> rating : ratings.entrySet()) {
            node.setProperty(RATING + rating.getKey(), rating.getValue().longValue());
        }
        node.setProperty("comment", comment);
        optional(node, "absenceHours", absence);
        optional(node, LIKELIHOOD, likelihood);
    }

    private static void optional(Node node, String property, Optional<Integer> value) throws RepositoryException {
        if (value.isPresent()) {
            node.setProperty(property, value.get().longValue());
        } else if (node.hasProperty(property)) {
            node.getProperty(property).remove();
        }
    }

    /** A report; its corrections only when asked for, as reading a whole history does not need them. */
    public static Report read(Node node, boolean withCorrections) throws RepositoryException {
        List<Report.Correction> corrections = new ArrayList<>();
        if (withCorrections && node.hasNode("corrections")) {
            for (NodeIterator entries = node.getNode("corrections").getNodes(); entries.hasNext(); ) {
                Node entry = entries.nextNode();
                corrections.add(new Report.Correction(entry.getProperty("corrected").getDate().toInstant(),
                        entry.getProperty("correctedBy").getString(), ratings(entry), entry.getProperty("comment").getString(),
                        absence(entry), number(entry, LIKELIHOOD)));
            }
            corrections.sort(java.util.Comparator.comparing(Report.Correction::corrected));
        }
        Instrument instrument = Instrument.valueOf(node.getProperty("instrument").getString());
        // the young person is the folder's name: a property would also land in the youngPerson index
        return new Report(node.getName(), node.getParent().getName(), instrument,
                Period.parse(node.getProperty("period").getString()).orElseThrow(),
                Rater.valueOf(node.getProperty("rater").getString()), node.getProperty("raterId").getString(),
                (int) node.getProperty("configVersion").getLong(), ratings(node), node.getProperty("comment").getString(),
                absence(node), number(node, LIKELIHOOD), Report.Status.valueOf(node.getProperty("status").getString()),
                node.getProperty("updated").getDate().toInstant(), node.getProperty("updatedBy").getString(),
                node.hasProperty("submitted") ? Optional.of(node.getProperty("submitted").getDate().toInstant()) : Optional.empty(),
                corrections);
    }

    private static Map<String, Integer> ratings(Node node) throws RepositoryException {
        Map<String, Integer> ratings = new HashMap<>();
        for (PropertyIterator properties = node.getProperties(RATING + "*"); properties.hasNext(); ) {
            Property property = properties.nextProperty();
            ratings.put(property.getName().substring(RATING.length()), (int) property.getLong());
        }
        return ratings;
    }

    private static Optional<Integer> absence(Node node) throws RepositoryException {
        return number(node, "absenceHours");
    }

    private static Optional<Integer> number(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? Optional.of((int) node.getProperty(property).getLong()) : Optional.empty();
    }
}
