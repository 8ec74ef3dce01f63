package dk.nextwork.matching.internal;

import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/**
 * Where the matching keeps what is not public, below {@value #ROOT}: the rounds (each with the
 * young people's lists, the companies' rankings and trial days, and after the run its results,
 * offer outcomes and proposals), the offers young people marked as interesting, and their match
 * profiles. Offers themselves are content ({@link dk.nextwork.matching.Offers}).
 */
public final class MatchingTree {

    public static final String ROOT = "/matching";
    public static final String ROUNDS = ROOT + "/rounds";
    public static final String INTEREST = ROOT + "/interest";
    public static final String PROFILES = ROOT + "/profiles";
    public static final String WISHES = "wishes";
    public static final String RANKINGS = "rankings";
    public static final String TRIALS = "trials";
    public static final String RESULTS = "results";
    public static final String OUTCOMES = "outcomes";
    public static final String PROPOSALS = "proposals";

    private MatchingTree() {
    }

    /** How many children the node has (an Oak iterator may not know its size). */
    public static int count(Node node) throws RepositoryException {
        int count = 0;
        for (javax.jcr.NodeIterator nodes = node.getNodes(); nodes.hasNext(); nodes.nextNode()) {
            count++;
        }
        return count;
    }

    public static List<String> strings(Node node, String property) throws RepositoryException {
        List<String> values = new ArrayList<>();
        if (node.hasProperty(property)) {
            for (Value value : node.getProperty(property).getValues()) {
                values.add(value.getString());
            }
        }
        return values;
    }

    public static void setStrings(Node node, String property, List<String> values) throws RepositoryException {
        node.setProperty(property, values.toArray(String[]::new));
    }
}
