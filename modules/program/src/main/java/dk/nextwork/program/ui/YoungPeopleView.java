package dk.nextwork.program.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;
import dk.nextwork.program.ProgrammeRefusedException;
import dk.nextwork.program.YoungPerson;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.SearchField;

/**
 * {@code /app/programme/young-people}: the coordinators' list of young people with their
 * enrolment (hours a week, interests, goals) and where they are placed now; search, a filter,
 * and enrolling or changing an enrolment by the programme's rules.
 */
@Route(value = "programme/young-people", layout = MainLayout.class)
@RolesAllowed(Role.COORDINATOR_ID)
@Dependent
public class YoungPeopleView extends VerticalLayout implements HasDynamicTitle {

    /** A young person's row: their account, enrolment and current placement. */
    record Row(UserAccount account, Optional<YoungPerson> enrolment, Optional<Placement> placement) {
    }

    enum Filter { ALL, PLACED, NOT_PLACED, NOT_ENROLLED }

    private final PersonAccess access;
    private final java.util.Map<String, String> companyNames = new java.util.HashMap<>();
    private final Enrolments enrolments;
    private final Programme programme;
    private final SignedInUser user = CurrentUser.get();
    private final Grid<Row> grid = new Grid<>();
    private final TextField search = SearchField.of(getTranslation("program.search"), this::load);
    private final Select<Filter> filter = new Select<>();
    private final Paragraph message = Messages.status("programme-message");

    @Inject
    public YoungPeopleView(PersonAccess access, Enrolments enrolments, Programme programme, Companies companies) {
        this.access = access;
        for (dk.nextwork.program.Company company : companies.all()) {
            companyNames.put(company.id(), company.name());
        }
        this.enrolments = enrolments;
        this.programme = programme;
        filter.setLabel(getTranslation("program.filter"));
        filter.setItems(Filter.values());
        filter.setItemLabelGenerator(choice -> getTranslation("program.youth.filter." + choice.name().toLowerCase(Locale.ROOT)));
        filter.setValue(Filter.ALL);
        filter.addValueChangeListener(event -> load());
        // always in name order (the listing's): a lazy grid sorts at the source, and the source sorts by name
        grid.addColumn(row -> row.account().name()).setHeader(getTranslation("program.youth.name")).setFlexGrow(2);
        grid.addColumn(row -> row.enrolment().map(e -> String.valueOf(e.hoursPerWeek())).orElse(""))
                .setHeader(getTranslation("program.youth.hours")).setAutoWidth(true);
        grid.addColumn(row -> row.enrolment().map(e -> getTranslation("program.youth.status." + e.status().name().toLowerCase(Locale.ROOT)))
                .orElse(getTranslation("program.youth.notEnrolled"))).setHeader(getTranslation("program.youth.status"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.placement().map(p -> companyNames.getOrDefault(p.company(), p.company()) + " "
                        + getTranslation("program.until", Formats.date(p.lastDay(), getLocale()))).orElse(""))
                .setHeader(getTranslation("program.youth.placement"));
        grid.addItemClickListener(click -> openEnrolment(click.getItem()));
        grid.setHeight("70vh");
        add(new H1(getTranslation("program.youth.title")), new HorizontalLayout(search, filter), message, grid);
        load();
    }

    /**
     * Shown a page at a time, as the grid scrolls: only the young people on the page fetched are
     * read (their enrolment and placement too) and audited as listed. With a filter on enrolment
     * or placement the total is left unknown (counting would read every young person's records);
     * the grid asks for pages until one comes back short.
     */
    private void load() {
        Filter chosen = filter.getValue() == null ? Filter.ALL : filter.getValue();
        Caller caller = CurrentUser.caller();
        String text = SearchField.searched(search);
        LocalDate today = programme.today();
        if (chosen == Filter.ALL) {
            grid.setItems(query -> rows(access.youngPeople(caller, text, query.getOffset(), query.getLimit()).people(), today),
                    query -> access.countYoungPeople(caller, text));
        } else {
            grid.setItems(query -> rows(access.youngPeopleWhere(caller, text, id -> holds(chosen, id, today),
                    query.getOffset(), query.getLimit()), today));
        }
    }

    private java.util.stream.Stream<Row> rows(List<UserAccount> people, LocalDate today) {
        List<Row> rows = new ArrayList<>(people.size());
        for (UserAccount account : people) {
            rows.add(new Row(account, enrolments.find(account.id()), programme.placementOn(account.id(), today)));
        }
        return rows.stream();
    }

    private boolean holds(Filter chosen, String youngPerson, LocalDate today) {
        return switch (chosen) {
            case ALL -> true;
            case PLACED -> programme.placementOn(youngPerson, today).isPresent();
            case NOT_PLACED -> enrolments.find(youngPerson).isPresent() && programme.placementOn(youngPerson, today).isEmpty();
            case NOT_ENROLLED -> enrolments.find(youngPerson).isEmpty();
        };
    }

    private void openEnrolment(Row row) {
        Optional<YoungPerson> enrolment;
        enrolment = enrolments.open(CurrentUser.caller(), row.account().id());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("program.enrol.title", row.account().name()));
        IntegerField hours = new IntegerField(getTranslation("program.enrol.hours"));
        hours.setHelperText(getTranslation("program.enrol.hoursHelp", Enrolments.MIN_HOURS_PER_WEEK));
        hours.setMin(Enrolments.MIN_HOURS_PER_WEEK);
        hours.setMax(Enrolments.MAX_HOURS_PER_WEEK);
        hours.setStepButtonsVisible(true);
        hours.setRequiredIndicatorVisible(true);
        TextArea interests = new TextArea(getTranslation("program.enrol.interests"));
        TextArea goals = new TextArea(getTranslation("program.enrol.goals"));
        for (TextArea area : List.of(interests, goals)) {
            area.setMaxLength(2000);
            area.setWidthFull();
        }
        Select<YoungPerson.Status> status = new Select<>();
        status.setLabel(getTranslation("program.youth.setStatus"));
        status.setItems(YoungPerson.Status.values());
        status.setItemLabelGenerator(choice -> getTranslation("program.youth.status." + choice.name().toLowerCase(Locale.ROOT)));
        status.setVisible(enrolment.isPresent());
        enrolment.ifPresent(enrolled -> {
            hours.setValue(enrolled.hoursPerWeek());
            interests.setValue(enrolled.interests());
            goals.setValue(enrolled.goals());
            status.setValue(enrolled.status());
        });
        Button save = new Button(getTranslation("program.enrol.save"), click -> {
            if (enrol(row.account(), hours, interests.getValue(), goals.getValue(), status.getValue())) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("enrol-save");
        dialog.add(new VerticalLayout(hours, status, interests, goals));
        dialog.getFooter().add(new Button(getTranslation("program.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** Enrols with what the dialog holds; a broken rule is shown at the hours field. */
    boolean enrol(UserAccount account, IntegerField hours, String interests, String goals, YoungPerson.Status status) {
        if (hours.getValue() == null) {
            hours.setErrorMessage(getTranslation("program.enrol.hoursMissing"));
            hours.setInvalid(true);
            return false;
        }
        try {
            enrolments.enrol(user, account.id(), hours.getValue(), interests, goals, status);
            message.setText(getTranslation("program.enrol.saved", account.name()));
            load();
            return true;
        } catch (ProgrammeRefusedException refused) {
            hours.setErrorMessage(getTranslation(refused.reason(), refused.values()));
            hours.setInvalid(true);
            return false;
        }
    }

    Grid<Row> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("program.youth.title"));
    }
}
