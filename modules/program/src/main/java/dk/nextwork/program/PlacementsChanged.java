package dk.nextwork.program;

import java.util.Set;

/**
 * Told after placements were saved, with the companies whose placements changed: a module that
 * keeps counts over a company's placements provides a CDI bean of this type (reporting: the
 * reports overdue per company). Called after the save, so the change is there to be read.
 */
public interface PlacementsChanged {

    void placementsChangedAt(Set<String> companies);
}
