package dk.nextwork.reporting.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.reporting.DueReport;
import dk.nextwork.reporting.PeriodLabels;
import dk.nextwork.reporting.Reports;
import dk.nextwork.reporting.ReportForms;
import dk.nextwork.reporting.ReportsDue;
import dk.nextwork.reporting.ReportsToFile;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;

/**
 * {@code /app/reports}: what the user has to file (weekly reports, monthly assessments, the
 * questionnaire, and the young person's optional own view of the month) by young person: what can
 * be filed now (due or overdue), then what comes later, then the submitted ones while they can be
 * corrected, each one tap from its form. Overdue reports are announced at the top: the in-app side of the reminders.
 */
@Route(value = "reports", layout = MainLayout.class)
@RolesAllowed({Role.COMPANY_REP_ID, Role.COUNSELLOR_ID, Role.YOUTH_ID})
@Dependent
public class ReportingView extends VerticalLayout implements HasDynamicTitle {

    private final SignedInUser user = CurrentUser.get();
    private final Div list = new Div();

    @Inject
    public ReportingView(ReportsDue due, Reports reports, PersonAccess access) {
        setMaxWidth("40rem");
        add(new H1(getTranslation("reporting.title")));
        List<DueReport> owed = due.forUser(user, reports.today(), reports.now());
        Map<String, String> names = new HashMap<>();
        if (user.has(Role.YOUTH)) {
            names.put(user.id(), user.displayName());
        } else {
            // only the young people with something due are read and listed, not everyone the user may see
            for (UserAccount person : access.youngPeopleAmong(CurrentUser.caller(),
                    owed.stream().map(DueReport::youngPerson).distinct().toList())) {
                names.put(person.id(), person.name());
            }
        }
        List<DueReport> items = owed.stream().filter(item -> names.containsKey(item.youngPerson())).toList();
        long overdue = items.stream().filter(DueReport::overdue).count();
        if (overdue > 0) {
            Paragraph reminder = Messages.problem("reporting-reminder");
            reminder.setText(overdue == 1 ? getTranslation("reporting.dashboard.overdueOne")
                    : getTranslation("reporting.dashboard.overdue", overdue));
            reminder.getStyle().set("font-weight", "600");
            add(reminder);
        }
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("reporting.dashboard.nothing")));
        }
        list.setWidthFull();
        // by young person: what can be filed now, then what comes later, then what was sent
        for (ReportsToFile person : ReportsToFile.group(items, reports.today(), names::get)) {
            Div group = new Div(new H2(person.name()));
            group.addClassName("due-person");
            part(group, null, person.now());
            part(group, "reporting.dashboard.later", person.later());
            part(group, "reporting.dashboard.sent", person.sent());
            list.add(group);
        }
        add(list);
    }

    private void part(Div group, String titleKey, List<DueReport> items) {
        if (items.isEmpty()) {
            return;
        }
        if (titleKey != null) {
            Paragraph title = new Paragraph(getTranslation(titleKey));
            title.addClassName("due-part");
            title.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-bottom", "var(--lumo-space-xs)");
            group.add(title);
        }
        for (DueReport item : items) {
            group.add(card(item));
        }
    }

    private Div card(DueReport item) {
        Locale locale = getLocale();
        Div card = new Div();
        card.addClassName("due-report");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");
        // an optional report is the young person's own view of a month: named as theirs, not as the others' assessment
        String form = item.optional() ? "reporting.form.ownViewTitle" : PeriodLabels.instrumentKey(item.instrument());
        Span what = new Span(getTranslation(form) + " · "
                + PeriodLabels.period(item.period(), locale, this::getTranslation));
        what.getStyle().set("display", "block");
        Span status = new Span(status(item, locale));
        status.getStyle().set("display", "block").set("color", item.overdue() ? "var(--lumo-error-text-color)"
                : item.isSubmitted() ? "var(--lumo-success-text-color)" : "var(--lumo-secondary-text-color)");
        status.addClassName("due-status");
        String action = item.isSubmitted() ? "reporting.dashboard.correct"
                : item.saved().isPresent() ? "reporting.dashboard.continue" : "reporting.dashboard.file";
        Button open = new Button(getTranslation(action), click -> UI.getCurrent().navigate(ReportForms.ROUTE,
                QueryParameters.simple(ReportForms.parameters(item))));
        open.addClassName("due-action");
        open.addThemeVariants(item.isSubmitted() ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
        open.getStyle().set("margin-top", "var(--lumo-space-s)");
        card.add(what, status, new Div(open));
        return card;
    }

    private String status(DueReport item, Locale locale) {
        if (item.isSubmitted()) {
            return getTranslation("reporting.dashboard.submitted",
                    Formats.moment(item.correctableUntil().orElseThrow(), locale));
        }
        String due = Formats.date(item.dueBy(), locale);
        if (item.optional()) {
            return getTranslation(item.saved().isPresent() ? "reporting.dashboard.optionalDraft" : "reporting.dashboard.optional", due);
        }
        if (item.overdue()) {
            return getTranslation("reporting.dashboard.overdueSince", due);
        }
        return getTranslation(item.saved().isPresent() ? "reporting.dashboard.draft" : "reporting.dashboard.dueBy", due);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("reporting.title"));
    }

    /** For tests: the cards shown. */
    Div list() {
        return list;
    }
}
