package dk.nextwork.today;

import java.util.List;
import java.util.Optional;

import dk.nextwork.identity.Accounts;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Company;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.Placement;
import dk.nextwork.program.YoungPerson;

/** Placements in the words of a start view: the company by name, its contact people, the young person's hours. */
final class PlacementDetails {

    private final Companies companies;
    private final Enrolments enrolments;
    private final Accounts accounts;

    PlacementDetails(Companies companies, Enrolments enrolments, Accounts accounts) {
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
        return accounts.find(person).map(dk.nextwork.identity.UserAccount::name).orElse("");
    }

    String companyName(String company) {
        return companies.find(company).map(Company::name).orElse(company);
    }

    Optional<String> companyNameOf(Optional<String> company) {
        return company.map(this::companyName);
    }
}
