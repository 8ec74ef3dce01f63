package dk.nextwork.reporting.internal;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.program.PlacementsChanged;
import dk.nextwork.reporting.OverdueReports;

/** A company's placements changed: its overdue reports are counted again (who is placed there decides what is due). */
@ApplicationScoped
public class OverdueAfterPlacementChange implements PlacementsChanged {

    private final OverdueReports overdue;

    protected OverdueAfterPlacementChange() {
        this(null);
    }

    @Inject
    public OverdueAfterPlacementChange(OverdueReports overdue) {
        this.overdue = overdue;
    }

    @Override
    public void placementsChangedAt(Set<String> companies) {
        companies.forEach(overdue::recount);
    }
}
