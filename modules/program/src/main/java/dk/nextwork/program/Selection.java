package dk.nextwork.program;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A choice among the young people (or companies) a view showed: of {@code shown}, the
 * {@code chosen} ones are ticked. Saving a selection changes only what was shown, so that a save
 * never drops someone its user could not see, such as a young person whose account is turned off
 * but who is still in a group.
 */
public record Selection(Set<String> shown, Set<String> chosen) {

    public Selection {
        shown = Set.copyOf(shown);
        chosen = Set.copyOf(chosen);
        if (!shown.containsAll(chosen)) {
            throw new IllegalArgumentException("only what was shown can be chosen");
        }
    }

    /** What a saved list becomes: what was not shown stays as it was. */
    public Set<String> applyTo(Collection<String> before) {
        Set<String> after = new TreeSet<>(before);
        after.removeAll(shown);
        after.addAll(chosen);
        return after;
    }
}
