package dk.nextwork.today;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.nextwork.signals.Signal;

/**
 * The programme at a glance, for coordinators. Each list holds the first
 * {@value ProgrammeOverview#SHOWN} in its order; the counts beside it are of all, so a view can say
 * how many more there are.
 *
 * @param withoutPlacement      active young people not placed today, by name, with the start of their next placement if one is planned
 * @param withoutPlacementCount how many active young people are not placed today
 * @param endingSoon            placements whose last day is within {@value ProgrammeOverview#ENDING_WITHIN_DAYS} days, soonest first
 * @param endingSoonCount       how many placements end within that time
 * @param capacity              the companies with the most free places first (then by name)
 * @param companies             how many companies there are
 * @param freePlaces            the free places of all companies together
 * @param overdue               the companies with reports overdue, most first
 * @param overdueCompanies      how many companies have reports overdue
 * @param overdueReports        how many reports are overdue at all companies together
 * @param signals               the open signals of the active young people, positive ones first, then the newest
 * @param signalsCount          how many open signals the active young people have
 */
public record ProgrammeGlance(LocalDate today, List<Unplaced> withoutPlacement, int withoutPlacementCount,
                              List<Ending> endingSoon, int endingSoonCount, List<CompanyPlaces> capacity, int companies,
                              int freePlaces, List<CompanyOverdue> overdue, int overdueCompanies, int overdueReports,
                              List<Signal> signals, int signalsCount) {

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
