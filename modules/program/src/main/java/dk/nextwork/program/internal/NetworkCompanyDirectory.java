package dk.nextwork.program.internal;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.CompanyDirectory;
import dk.nextwork.program.Companies;

/** The companies a representative can belong to: the network's companies, as the programme registers them. */
@ApplicationScoped
public class NetworkCompanyDirectory implements CompanyDirectory {

    private final Companies companies;

    protected NetworkCompanyDirectory() {
        this(null);
    }

    @Inject
    public NetworkCompanyDirectory(Companies companies) {
        this.companies = companies;
    }

    @Override
    public List<Company> companies() {
        return companies.all().stream().map(company -> new Company(company.id(), company.name())).toList();
    }
}
