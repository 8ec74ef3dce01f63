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
    private final TextField search = SearchField.of(getTranslation("program.search"), this::show);
    private final Select<Filter> filter = new Select<>();
    private final Paragraph message = Messages.status("programme-message");
    private List<Row> rows = List.of();

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
        filter.addValueChangeListener(event -> show());
        grid.addColumn(row -> row.account().name()).setHeader(getTranslation("program.youth.name")).setSortable(true)
                .setComparator(row -> row.account().name()).setFlexGrow(2);
        grid.addColumn(row -> row.enrolment().map(e -> String.valueOf(e.hoursPerWeek())).orElse(""))
                .setHeader(getTranslation("program.youth.hours")).setAutoWidth(true);
        grid.addColumn(row -> row.enrolment().map(e -> getTranslation("program.youth.status." + e.status().name().toLowerCase(Locale.ROOT)))
                .orElse(getTranslation("program.youth.notEnrolled"))).setHeader(getTranslation("program.youth.status"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.placement().map(p -> companyNames.getOrDefault(p.company(), p.company()) + " "
                        + getTranslation("program.until", Formats.date(p.lastDay(), getLocale()))).orElse(""))
                .setHeader(getTranslation("program.youth.placement"));
        grid.addItemClickListener(click -> openEnrolment(click.getItem()));
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("program.youth.title")), new HorizontalLayout(search, filter), message, grid);
        load();
    }

    private void load() {
        LocalDate today = programme.today();
        List<Row> loaded = new ArrayList<>();
        for (UserAccount account : access.youngPeopleFor(CurrentUser.caller())) {
            loaded.add(new Row(account, enrolments.find(account.id()), programme.placementOn(account.id(), today)));
        }
        rows = loaded;
        show();
    }

    private void show() {
        String text = SearchField.searched(search);
        Filter chosen = filter.getValue() == null ? Filter.ALL : filter.getValue();
        grid.setItems(rows.stream()
                .filter(row -> text.isEmpty() || row.account().name().toLowerCase(Locale.ROOT).contains(text))
                .filter(row -> switch (chosen) {
                    case ALL -> true;
                    case PLACED -> row.placement().isPresent();
                    case NOT_PLACED -> row.enrolment().isPresent() && row.placement().isEmpty();
                    case NOT_ENROLLED -> row.enrolment().isEmpty();
                }).toList());
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
