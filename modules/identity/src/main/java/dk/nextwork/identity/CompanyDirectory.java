package dk.nextwork.identity;

import java.util.List;

/**
 * The companies a company representative can belong to, as another module keeps them (the
 * programme module: the network's companies), provided as a CDI bean of this type. Accounts name
 * a representative's company by its id; people see its name.
 */
public interface CompanyDirectory {

    /** A company as a person picks it: its id for the account, its name to show. */
    record Company(String id, String name) {
    }

    /** Every company, by name. */
    List<Company> companies();
}
