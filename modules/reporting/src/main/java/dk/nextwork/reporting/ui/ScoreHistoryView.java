package dk.nextwork.reporting.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Company;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;
import dk.nextwork.reporting.PeriodLabels;
import dk.nextwork.reporting.Score;
import dk.nextwork.reporting.ScoreHistory;
import dk.nextwork.reporting.ScoreSeries;
import dk.nextwork.reporting.Scores;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.YoungPersonPicker;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.PersonParameter;

/**
 * {@code /app/development/scores?person=…}: a young person's course (the companies they have been
 * placed with) and scores per dimension and trait, newest period first, with missing periods said
 * to be missing. The young person sees their own; the others choose among the young people whose
 * course they may follow (a company that had them placed earlier too).
 */
@Route(value = "development/scores", layout = MainLayout.class)
@RolesAllowed({Role.YOUTH_ID, Role.COMPANY_REP_ID, Role.COUNSELLOR_ID, Role.COORDINATOR_ID})
@Dependent
public class ScoreHistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int RECENT = 12;

    private final Scores scores;
    private final PersonAccess access;
    private final Programme programme;
    private final Companies companies;
    private final SignedInUser user = CurrentUser.get();

    @Inject
    public ScoreHistoryView(Scores scores, PersonAccess access, Programme programme, Companies companies) {
        this.scores = scores;
        this.access = access;
        this.programme = programme;
        this.companies = companies;
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("reporting.scores.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("reporting.scores.title")));
        Optional<String> person = PersonParameter.of(event, user);
        try {
            if (person.isEmpty()) {
                choose();
                return;
            }
            UserAccount whom = access.readCourse(CurrentUser.caller(), person.get());
            if (!whom.id().equals(user.id())) {
                add(new Paragraph(whom.name()));
            }
            course(programme.placementsOf(whom.id()));
            show(scores.history(CurrentUser.caller(), person.get()));
        } catch (AccessDeniedException denied) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    /** A picker that fetches the young people lazily by the name typed (only those shown are audited as listed). */
    private void choose() {
        Caller caller = CurrentUser.caller();
        if (access.countYoungPeopleFollowed(caller, null) == 0) {
            add(new Paragraph(getTranslation("reporting.scores.nobody")));
            return;
        }
        add(new Paragraph(getTranslation("reporting.scores.choose")));
        ComboBox<UserAccount> picker = YoungPersonPicker.opening(ScoreHistoryView.class, getTranslation("reporting.scores.person"), access, caller);
        picker.setId("person-picker");
        add(picker);
    }

    /** The young person's course: the companies they have been placed with, in order. */
    private void course(List<Placement> placements) {
        if (placements.isEmpty()) {
            return;
        }
        Locale locale = getLocale();
        add(new H2(getTranslation("reporting.scores.course")));
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        list.addClassName("course");
        LocalDate today = programme.today();
        for (Placement placement : placements) {
            String company = companies.find(placement.company()).map(Company::name).orElse(placement.company());
            String when = getTranslation(placement.isActiveOn(today) ? "reporting.scores.placedNow" : "reporting.scores.placed",
                    Formats.date(placement.start(), locale), Formats.date(placement.lastDay(), locale));
            list.add(new com.vaadin.flow.component.html.ListItem(company + " · " + when));
        }
        add(list);
    }

    private void show(ScoreHistory history) {
        if (history.series().stream().allMatch(series -> series.scores().isEmpty())) {
            add(new Paragraph(getTranslation("reporting.scores.none")));
            return;
        }
        add(new Paragraph(getTranslation("reporting.scores.explained")));
        for (ScoreSeries series : history.series()) {
            add(section(series));
        }
    }

    private Div section(ScoreSeries series) {
        Locale locale = getLocale();
        Div section = new Div();
        section.addClassName("score-series");
        section.setId("scores-" + series.target());
        section.setWidthFull();
        section.add(new H2(series.name().in(CurrentUser.language())));
        NativeTable table = new NativeTable();
        table.addClassName("score-table");
        table.getStyle().set("border-collapse", "collapse").set("text-align", "left");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("reporting.scores.period"));
        head.addHeaderCell().setText(getTranslation("reporting.scores.score"));
        head.addHeaderCell().setText(getTranslation("reporting.scores.basis"));
        head.getHeaderCells().forEach(cell -> cell.getStyle().set("padding-right", "var(--lumo-space-l)"));
        List<Score> newestFirst = new java.util.ArrayList<>(series.scores());
        java.util.Collections.reverse(newestFirst);
        Button all = new Button(getTranslation("reporting.scores.all", newestFirst.size()));
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        fill(table, newestFirst.subList(0, Math.min(RECENT, newestFirst.size())), locale);
        all.addClickListener(click -> {
            table.getBody().removeAllRows();
            fill(table, newestFirst, locale);
            all.setVisible(false);
        });
        all.setVisible(newestFirst.size() > RECENT);
        // a region of its own that scrolls sideways on a narrow phone and can be reached by keyboard
        Div region = new Div(table);
        region.getStyle().set("overflow-x", "auto");
        region.getElement().setAttribute("tabindex", "0");
        region.getElement().setAttribute("role", "region");
        region.getElement().setAttribute("aria-label", series.name().in(CurrentUser.language()));
        section.add(region, all);
        return section;
    }

    private void fill(NativeTable table, List<Score> scores, Locale locale) {
        LocalDate today = programme.today();
        for (Score score : scores) {
            // a period that has not ended is in progress, never missing
            boolean inProgress = score.isMissing() && score.period().inProgressOn(today);
            NativeTableRow row = table.getBody().addRow();
            row.addClassName(inProgress ? "score-in-progress" : score.isMissing() ? "score-missing" : "score-present");
            row.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)");
            row.addDataCell().setText(PeriodLabels.period(score.period(), locale, this::getTranslation));
            row.addDataCell().setText(inProgress ? getTranslation("reporting.scores.inProgress")
                    : score.isMissing() ? getTranslation("reporting.scores.missing")
                    : String.valueOf(Math.round(score.value().getAsDouble())));
            row.addDataCell().setText(score.isMissing() ? "" : getTranslation("reporting.scores.rated",
                    score.indicatorsRated(), score.indicatorsExpected(), score.ratings()));
            row.getDataCells().forEach(cell -> cell.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-l) var(--lumo-space-xs) 0"));
        }
    }
}
