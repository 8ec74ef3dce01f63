package dk.nextwork.today;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.nextwork.signals.Signal;

/**
 * The programme at a glance, for coordinators.
 *
 * @param withoutPlacement active young people not placed today, with the start of their next placement if one is planned
 * @param endingSoon       placements whose last day is within {@value ProgrammeOverview#ENDING_WITHIN_DAYS} days
 * @param capacity         each company's places, taken and free
 * @param overdue          the companies with reports overdue, most first
 * @param signals          the open signals of the active young people
 */
public record ProgrammeGlance(LocalDate today, List<Unplaced> withoutPlacement, List<Ending> endingSoon,
                              List<CompanyPlaces> capacity, List<CompanyOverdue> overdue, List<Signal> signals) {

    public ProgrammeGlance {
        signals = List.copyOf(signals);
        withoutPlacement = List.copyOf(withoutPlacement);
        endingSoon = List.copyOf(endingSoon);
        capacity = List.copyOf(capacity);
        overdue = List.copyOf(overdue);
    }

    public record Unplaced(String youngPerson, String name, Optional<LocalDate> nextStart) {
    }

    public record Ending(String youngPerson, String name, String companyName, LocalDate lastDay) {
    }

    public record CompanyPlaces(String company, String name, int places, int taken) {

        public int free() {
            return Math.max(0, places - taken);
        }
    }

    public record CompanyOverdue(String company, String name, int overdue) {
    }
}
