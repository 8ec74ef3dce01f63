package dk.nextwork.program.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
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
import dk.nextwork.program.Company;
import dk.nextwork.program.Placement;
import dk.nextwork.program.PlacementState;
import dk.nextwork.program.Placements;
import dk.nextwork.program.Programme;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.FormDialog;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.SearchField;
import dk.nextwork.shell.YoungPersonPicker;

/**
 * {@code /app/programme/placements}: every placement, with search, filters by company and state;
 * place a young person, extend, end early (with a reason) or move on to another company, by the
 * programme's rules, each refusal said in words.
 */
@Route(value = "programme/placements", layout = MainLayout.class)
@RolesAllowed(Role.COORDINATOR_ID)
@Dependent
public class PlacementsView extends VerticalLayout implements HasDynamicTitle {

    private final Placements placements;
    private final Programme programme;
    private final Companies companies;
    private final SignedInUser user = CurrentUser.get();
    private final PersonAccess access;
    /** The names of the young people fetched for the screen so far (the grid's pages, the picker). */
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> companyNames = new HashMap<>();
    private final Grid<Placement> grid = new Grid<>();
    private final TextField search = SearchField.of(getTranslation("program.search"), this::load);
    private final Select<String> company = new Select<>();
    private final Select<PlacementState> state = new Select<>();
    private final Paragraph message = Messages.status("programme-message");

    @Inject
    public PlacementsView(PersonAccess access, Placements placements, Programme programme, Companies companies) {
        this.placements = placements;
        this.programme = programme;
        this.companies = companies;
        this.access = access;
        for (Company each : companies.all()) {
            companyNames.put(each.id(), each.name());
        }
        company.setLabel(getTranslation("program.placement.company"));
        company.setItems(companyNames.keySet().stream().sorted().toList());
        company.setItemLabelGenerator(id -> id == null ? getTranslation("program.all") : companyNames.getOrDefault(id, id));
        company.setEmptySelectionAllowed(true);
        company.setEmptySelectionCaption(getTranslation("program.all"));
        company.addValueChangeListener(event -> load());
        state.setLabel(getTranslation("program.filter"));
        state.setItems(PlacementState.values());
        state.setItemLabelGenerator(choice -> getTranslation("program.placement.state." + choice.name().toLowerCase(Locale.ROOT)));
        state.setValue(PlacementState.ALL);
        state.addValueChangeListener(event -> load());
        Button place = new Button(getTranslation("program.placement.new"), VaadinIcon.PLUS.create(), click -> openPlace());
        place.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        place.setId("placement-new");
        HorizontalLayout tools = new HorizontalLayout(search, company, state, place);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        grid.addColumn(p -> names.getOrDefault(p.youngPerson(), "")).setHeader(getTranslation("program.youth.name"))
                .setFlexGrow(2);
        grid.addColumn(p -> companyNames.getOrDefault(p.company(), p.company())).setHeader(getTranslation("program.placement.company"));
        grid.addColumn(p -> Formats.date(p.start(), getLocale())).setHeader(getTranslation("program.placement.start")).setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.plannedEnd(), getLocale())).setHeader(getTranslation("program.placement.plannedEnd")).setAutoWidth(true);
        grid.addColumn(p -> p.ended().map(day -> why(p)
                        .map(reason -> getTranslation("program.placement.endedOn", Formats.date(day, getLocale()), reason))
                        .orElse(Formats.date(day, getLocale())))
                .orElse("")).setHeader(getTranslation("program.placement.ended"));
        // a fixed width: a menu bar measures as empty when the grid sizes columns to their content
        grid.addComponentColumn(this::actions).setWidth("5rem").setFlexGrow(0);
        grid.setHeight("70vh"); // not every row at once: the grid fetches the pages it shows
        add(new H1(getTranslation("program.placement.title")), tools, message, grid);
        load();
    }

    /** Why a placement ended: the company the young person moved on to, by its name, or the reason given. */
    private Optional<String> why(Placement placement) {
        return placement.movedOnTo()
                .map(next -> getTranslation("program.placement.movedOnTo", companyNames.getOrDefault(next, next)))
                .or(placement::endReason);
    }

    /**
     * The placements of the young people whose name holds the search, fetched a page at a time
     * ({@link Placements#page}, which reads no more than the page needs): only the young people on
     * the page are read and audited as listed. No total: counting would read every placement, so
     * the grid grows as it is scrolled.
     */
    private void load() {
        String company = this.company.getValue();
        PlacementState state = this.state.getValue();
        String searched = SearchField.searched(search);
        grid.setItems(query -> {
            List<Placement> page = placements.page(user, company, state, searched, query.getOffset(), query.getLimit());
            access.youngPeopleAmong(CurrentUser.caller(), page.stream().map(Placement::youngPerson).distinct().toList())
                    .forEach(person -> names.put(person.id(), person.name()));
            return page.stream();
        });
    }

    private MenuBar actions(Placement placement) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        var top = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_H.create());
        top.setAriaLabel(getTranslation("program.placement.actions", names.get(placement.youngPerson())));
        if (placement.ended().isEmpty()) {
            top.getSubMenu().addItem(getTranslation("program.placement.extend"), click -> openExtend(placement));
            top.getSubMenu().addItem(getTranslation("program.placement.end"), click -> openEnd(placement));
            top.getSubMenu().addItem(getTranslation("program.placement.moveOn"), click -> openMoveOn(placement));
        } else {
            top.setEnabled(false);
        }
        return menu;
    }

    private ComboBox<String> companyChoice(String label) {
        ComboBox<String> choice = new ComboBox<>(label);
        choice.setItems(companyNames.keySet().stream().sorted().toList());
        choice.setItemLabelGenerator(id -> companyNames.getOrDefault(id, id));
        choice.setWidthFull();
        return choice;
    }

    private void openPlace() {
        ComboBox<UserAccount> person = YoungPersonPicker.seen(getTranslation("program.youth.name"), access, CurrentUser.caller());
        person.setWidthFull();
        ComboBox<String> where = companyChoice(getTranslation("program.placement.company"));
        DatePicker start = new DatePicker(getTranslation("program.placement.start"));
        DatePicker end = new DatePicker(getTranslation("program.placement.plannedEnd"));
        end.setHelperText(getTranslation("program.placement.lengthHelp", Placements.MIN_WEEKS, Placements.MAX_MONTHS));
        FormDialog dialog = dialog("program.placement.new").fields(person, where, start, end);
        dialog.save(getTranslation("program.placement.place"), getTranslation("program.cancel"), () -> done(
                placements.place(user, person.getValue() == null ? null : remembered(person.getValue()), where.getValue(),
                        start.getValue(), end.getValue()),
                "program.placement.placed")).setId("placement-save");
        dialog.open();
    }

    private void openExtend(Placement placement) {
        DatePicker end = new DatePicker(getTranslation("program.placement.plannedEnd"), placement.plannedEnd());
        FormDialog dialog = dialog("program.placement.extend").fields(end);
        dialog.save(getTranslation("program.placement.extend"), getTranslation("program.cancel"), () -> done(
                placements.extend(user, placement.id(), end.getValue()), "program.placement.extended"));
        dialog.open();
    }

    private void openEnd(Placement placement) {
        DatePicker lastDay = new DatePicker(getTranslation("program.placement.lastDay"), programme.today());
        TextArea reason = new TextArea(getTranslation("program.placement.reason"));
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        FormDialog dialog = dialog("program.placement.end").fields(lastDay, reason);
        dialog.save(getTranslation("program.placement.end"), getTranslation("program.cancel"), () -> done(
                placements.endEarly(user, placement.id(), lastDay.getValue(), reason.getValue()), "program.placement.endedSaved"))
                .addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.open();
    }

    private void openMoveOn(Placement placement) {
        ComboBox<String> where = companyChoice(getTranslation("program.placement.nextCompany"));
        DatePicker first = new DatePicker(getTranslation("program.placement.firstDay"), programme.today());
        DatePicker end = new DatePicker(getTranslation("program.placement.plannedEnd"));
        FormDialog dialog = dialog("program.placement.moveOn").fields(where, first, end);
        dialog.save(getTranslation("program.placement.moveOn"), getTranslation("program.cancel"), () -> done(
                placements.moveOn(user, placement.id(), where.getValue(), first.getValue(), end.getValue()),
                "program.placement.moved"));
        dialog.open();
    }

    private FormDialog dialog(String titleKey) {
        return new FormDialog(getTranslation(titleKey), "placement-problem");
    }

    /** Tells what became of the placement and shows the list as it is now. */
    private void done(Placement result, String doneKey) {
        message.setText(getTranslation(doneKey, names.getOrDefault(result.youngPerson(), ""),
                companyNames.getOrDefault(result.company(), result.company())));
        load();
    }

    /** The chosen young person's id, with their name kept for saying what became of the placement. */
    private String remembered(UserAccount person) {
        names.put(person.id(), person.name());
        return person.id();
    }

    Grid<Placement> grid() {
        return grid;
    }

    Optional<String> nameOf(String youngPerson) {
        return Optional.ofNullable(names.get(youngPerson));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("program.placement.title"));
    }
}
