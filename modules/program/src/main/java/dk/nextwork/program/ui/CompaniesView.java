package dk.nextwork.program.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Company;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.FormDialog;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;

/**
 * {@code /app/programme/companies}: the network's companies as the programme runs them (size,
 * how many young people they can have at once); add one or change it.
 */
@Route(value = "programme/companies", layout = MainLayout.class)
@RolesAllowed(Role.COORDINATOR_ID)
@Dependent
public class CompaniesView extends VerticalLayout implements HasDynamicTitle {

    private final Companies companies;
    private final SignedInUser user = CurrentUser.get();
    private final Grid<Company> grid = new Grid<>();
    private final Paragraph message = Messages.status("programme-message");

    /** The company representatives' names, by company. */
    private final java.util.Map<String, List<String>> representatives = new java.util.HashMap<>();

    @Inject
    public CompaniesView(Companies companies, dk.nextwork.identity.Accounts accounts) {
        this.companies = companies;
        // found by the role's index, not by reading every account (tens of thousands of them young people)
        for (dk.nextwork.identity.UserAccount account : accounts.withRole(Role.COMPANY_REP)) {
            if (account.company().isPresent()) {
                representatives.computeIfAbsent(account.company().get(), company -> new java.util.ArrayList<>()).add(account.name());
            }
        }
        grid.addColumn(Company::name).setHeader(getTranslation("program.company.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(Company::industry).setHeader(getTranslation("program.company.industry")).setSortable(true);
        grid.addColumn(Company::employees).setHeader(getTranslation("program.company.employees")).setSortable(true).setAutoWidth(true);
        grid.addColumn(Company::placementCapacity).setHeader(getTranslation("program.company.capacity")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(company -> Formats.date(company.memberSince(), getLocale()))
                .setHeader(getTranslation("program.company.memberSince")).setAutoWidth(true);
        grid.addColumn(company -> String.join(", ", representatives.getOrDefault(company.id(), List.of())))
                .setHeader(getTranslation("program.company.representatives"));
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setAllRowsVisible(true);
        Button add = new Button(getTranslation("program.company.new"), VaadinIcon.PLUS.create(), click -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("program.company.title")), add, message, grid);
        load();
    }

    private void load() {
        grid.setItems(companies.all());
    }

    private void open(Company company) {
        FormDialog dialog = new FormDialog(company == null ? getTranslation("program.company.new") : company.name(),
                "company-problem");
        TextField id = new TextField(getTranslation("program.company.id"));
        id.setHelperText(getTranslation("program.company.idHelp"));
        TextField name = new TextField(getTranslation("program.company.name"));
        name.setMaxLength(120);
        TextField industry = new TextField(getTranslation("program.company.industry"));
        IntegerField employees = new IntegerField(getTranslation("program.company.employees"));
        employees.setMin(1);
        IntegerField capacity = new IntegerField(getTranslation("program.company.capacity"));
        capacity.setMin(0);
        capacity.setMax(Companies.MAX_CAPACITY);
        if (company != null) {
            id.setValue(company.id());
            id.setReadOnly(true);
            name.setValue(company.name());
            industry.setValue(company.industry());
            employees.setValue(company.employees());
            capacity.setValue(company.placementCapacity());
        }
        dialog.fields(id, name, industry, employees, capacity);
        dialog.save(getTranslation("program.company.save"), getTranslation("program.cancel"), () -> {
            Company saved = companies.register(user, id.getValue().strip(), name.getValue(), industry.getValue(),
                    employees.getValue() == null ? 0 : employees.getValue(), capacity.getValue() == null ? -1 : capacity.getValue());
            message.setText(getTranslation("program.company.saved", saved.name()));
            load();
        });
        dialog.open();
    }

    List<Company> shown() {
        return grid.getListDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("program.company.title"));
    }
}
