package dk.nextwork.today;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Company;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.NetworkGroup;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;
import dk.nextwork.program.YoungPerson;

/**
 * A young person's course in the words of the start views: a placement with the company by name,
 * its contact people and the young person's hours; their placements as a journey; their group's
 * next meeting.
 */
final class CourseFacts {

    private final Companies companies;
    private final Enrolments enrolments;
    private final Accounts accounts;

    CourseFacts(Companies companies, Enrolments enrolments, Accounts accounts) {
        this.companies = companies;
        this.enrolments = enrolments;
        this.accounts = accounts;
    }

    PlacementNow of(Placement placement) {
        List<PlacementNow.Contact> contacts = accounts.representativesOf(placement.company()).stream()
                .map(account -> new PlacementNow.Contact(account.name(), account.email())).toList();
        int hours = enrolments.find(placement.youngPerson()).map(YoungPerson::hoursPerWeek).orElse(0);
        return new PlacementNow(placement.company(), companyName(placement.company()), placement.start(),
                placement.lastDay(), hours, contacts);
    }

    /** A person's name as lists show it; empty for an account that is gone. */
    String personName(String person) {
        return accounts.find(person).map(UserAccount::name).orElse("");
    }

    /** The names of many people at once, as {@link #personName} gives them, read in one session. */
    java.util.Map<String, String> personNames(java.util.Collection<String> people) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        accounts.findAll(people).forEach(account -> names.put(account.id(), account.name()));
        return names;
    }

    String companyName(String company) {
        return companies.find(company).map(Company::name).orElse(company);
    }

    Optional<String> companyNameOf(Optional<String> company) {
        return company.map(this::companyName);
    }

    List<JourneyStep> journey(List<Placement> placements, LocalDate today) {
        return placements.stream().map(placement -> new JourneyStep(companyName(placement.company()), placement.start(),
                placement.lastDay(), placement.lastDay().isBefore(today) ? JourneyStep.When.BEHIND
                        : placement.start().isAfter(today) ? JourneyStep.When.AHEAD : JourneyStep.When.NOW)).toList();
    }

    /** The young person's network group and its next meeting (when the group has a set time). */
    Optional<GroupMeeting> groupMeeting(Programme programme, String youngPerson, LocalDate today) {
        for (NetworkGroup group : programme.allGroups()) {
            if (group.members().contains(youngPerson) && group.meets().isPresent()) {
                String counsellor = accounts.find(group.counsellor()).map(UserAccount::firstName).orElse("");
                return Optional.of(new GroupMeeting(group.name(), group.meets().get().nextOn(today), group.meets().get().time(),
                        counsellor));
            }
        }
        return Optional.empty();
    }
}
