package dk.nextwork.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The companies representatives belong to, from every {@link CompanyDirectory} the portal has. */
@ApplicationScoped
public class RepresentedCompanies {

    private final Iterable<CompanyDirectory> directories;

    protected RepresentedCompanies() {
        this(List.of());
    }

    @Inject
    public RepresentedCompanies(Instance<CompanyDirectory> directories) {
        this((Iterable<CompanyDirectory>) directories);
    }

    public RepresentedCompanies(Iterable<CompanyDirectory> directories) {
        this.directories = directories;
    }

    /** Every company a representative may be given, by name. */
    public List<CompanyDirectory.Company> all() {
        List<CompanyDirectory.Company> all = new ArrayList<>();
        directories.forEach(directory -> all.addAll(directory.companies()));
        all.sort(Comparator.comparing(CompanyDirectory.Company::name));
        return all;
    }

    /** The company's name as people know it. */
    public Optional<String> nameOf(String id) {
        return all().stream().filter(company -> company.id().equals(id)).map(CompanyDirectory.Company::name).findFirst();
    }

    /**
     * Whether an account may name this company: one a directory knows. A portal without any
     * directory keeps no companies, so it can check none and takes the id as given.
     */
    boolean knows(String id) {
        return !directories.iterator().hasNext() || nameOf(id).isPresent();
    }
}
