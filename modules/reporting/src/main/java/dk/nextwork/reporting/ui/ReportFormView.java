package dk.nextwork.reporting.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.reporting.Definition;
import dk.nextwork.reporting.Indicator;
import dk.nextwork.reporting.Instrument;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.PeriodLabels;
import dk.nextwork.reporting.Rater;
import dk.nextwork.reporting.Report;
import dk.nextwork.reporting.ReportForms;
import dk.nextwork.reporting.ReportInput;
import dk.nextwork.reporting.ReportingRefusedException;
import dk.nextwork.reporting.ReportForms;
import dk.nextwork.reporting.Reports;
import dk.nextwork.reporting.TraitConfiguration;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.TouchTarget;

/**
 * {@code /app/reports/form?person=…&form=weekly|monthly|questionnaire&period=…}: one report on
 * one screen. Every change is kept as a draft at once; "Send" submits it, and a submitted report
 * can be corrected while the correction window is open. The young person's own view of a month is
 * worded to them; the counsellor's monthly assessment ends with the likelihood question.
 */
@Route(value = ReportForms.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.COMPANY_REP_ID, Role.COUNSELLOR_ID, Role.YOUTH_ID})
@Dependent
public class ReportFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Reports reports;
    private final TraitConfiguration configuration;
    private final PersonAccess access;
    private final SignedInUser user = CurrentUser.get();
    private final String language = CurrentUser.language();
    private final H1 heading = new H1();
    private final Paragraph state = Messages.status("report-state");
    private final Paragraph problem = Messages.problem("report-problem");
    private final List<RatingField> ratings = new ArrayList<>();
    private final IntegerField absence = new IntegerField();
    private final TextArea comment = new TextArea();
    private LikelihoodField likelihood;
    private final Button send = new Button();
    private Report report;
    private boolean loading;

    @Inject
    public ReportFormView(Reports reports, TraitConfiguration configuration, PersonAccess access) {
        this.reports = reports;
        this.configuration = configuration;
        this.access = access;
        setMaxWidth("40rem");
        setPadding(true);
        absence.setLabel(getTranslation("reporting.form.absence"));
        absence.setMin(0);
        absence.setMax(Reports.MAX_ABSENCE_HOURS);
        absence.setStepButtonsVisible(true);
        absence.setId("report-absence");
        TouchTarget.field(absence);
        absence.addValueChangeListener(event -> autosave());
        comment.setLabel(getTranslation("reporting.form.comment"));
        comment.setMaxLength(Reports.MAX_COMMENT);
        comment.setWidthFull();
        comment.setId("report-comment");
        TouchTarget.field(comment);
        comment.addValueChangeListener(event -> autosave());
        send.setId("report-send");
        // Lumo's large size is 44 px high: a touch target
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.setWidthFull();
        send.addClickListener(click -> submit());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(heading.getText().isEmpty() ? getTranslation("reporting.title") : heading.getText());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        Optional<Instrument> instrument = first(parameters, "form").flatMap(ReportForms::instrument);
        Optional<Period> period = first(parameters, "period").flatMap(Period::parse);
        String person = first(parameters, "person").orElse(user.has(Role.YOUTH) ? user.id() : "");
        if (instrument.isEmpty() || period.isEmpty()) {
            add(heading, problem);
            heading.setText(getTranslation("reporting.title"));
            problem.setText(getTranslation("reporting.form.unknown"));
            return;
        }
        try {
            report = reports.open(CurrentUser.caller(), person, instrument.get(), period.get());
            show(configuration.version(report.configVersion()).definition(), event);
        } catch (AccessDeniedException denied) {
            event.rerouteToError(AccessDeniedException.class);
        } catch (ReportingRefusedException refused) {
            add(heading, problem);
            heading.setText(getTranslation(PeriodLabels.instrumentKey(instrument.get())));
            problem.setText(getTranslation(refused.reason(), refused.values()));
        }
    }

    private void show(Definition definition, BeforeEnterEvent event) {
        Locale locale = getLocale();
        boolean aboutSomeoneElse = report.rater() != Rater.YOUNG_PERSON;
        boolean ownView = report.instrument().isOptionalFor(report.rater());
        String name = aboutSomeoneElse ? nameOf(report.youngPerson()) : "";
        String whom = aboutSomeoneElse ? name + " · " : "";
        heading.setText(getTranslation(ownView ? "reporting.form.ownViewTitle" : PeriodLabels.instrumentKey(report.instrument())));
        heading.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin-bottom", "0");
        Paragraph period = new Paragraph(whom + PeriodLabels.period(report.period(), locale, this::getTranslation));
        period.getStyle().set("font-weight", "600").set("margin-top", "0");
        period.addClassName("report-period");
        add(heading, period);
        if (report.instrument() == Instrument.QUESTIONNAIRE) {
            add(new Paragraph(getTranslation("reporting.form.questionnaireIntro")));
        }
        if (ownView) {
            Paragraph intro = new Paragraph(getTranslation("reporting.form.ownViewIntro"));
            intro.setId("report-own-view-intro");
            add(intro);
        }
        loading = true;
        for (Indicator indicator : definition.indicatorsFor(report.instrument(), report.rater())) {
            // the young person is asked in their own words ("du"), the others about the young person
            RatingField field = new RatingField(indicator.askedOf(report.rater()), language,
                    getTranslation("reporting.form.cannotJudge"));
            Integer saved = report.ratings().get(indicator.id());
            field.setValue(saved != null ? saved : report.isSubmitted() ? RatingField.CANNOT_JUDGE : null);
            field.addValueChangeListener(change -> autosave());
            ratings.add(field);
            add(field.question(), field);
        }
        if (report.instrument() == Instrument.WEEKLY_REPORT) {
            absence.setValue(report.absenceHours().orElse(0));
            add(absence);
        }
        if (report.instrument() == Instrument.MONTHLY_ASSESSMENT && report.rater() == Rater.COUNSELLOR) {
            String first = dk.nextwork.identity.UserAccount.firstName(name);
            likelihood = new LikelihoodField(first.isEmpty() ? getTranslation("reporting.likelihood.questionUnnamed")
                    : getTranslation("reporting.likelihood.question", first), this::getTranslation);
            likelihood.show(report.likelihood(), report.isSubmitted());
            likelihood.addValueChangeListener(change -> autosave());
            add(likelihood.question(), likelihood);
        }
        comment.setValue(report.comment());
        if (ownView) {
            // their own view is read by their counsellor and the coordinators, not by the company
            comment.setHelperText(getTranslation("reporting.form.commentOwnView"));
        }
        if (aboutSomeoneElse) {
            // the young person reads the reports about them once they are sent: the rater writes knowing that
            String firstName = dk.nextwork.identity.UserAccount.firstName(name);
            comment.setHelperText(firstName.isEmpty() ? getTranslation("reporting.form.commentReadableUnnamed")
                    : getTranslation("reporting.form.commentReadable", firstName));
        }
        add(comment, problem, send, state);
        loading = false;
        showState();
        if (!report.corrections().isEmpty()) {
            Paragraph history = new Paragraph(getTranslation("reporting.form.corrected", report.corrections().size(),
                    Formats.moment(report.corrections().get(report.corrections().size() - 1).corrected(), locale)));
            history.addClassName("report-corrections");
            add(history);
        }
    }

    private String nameOf(String youngPerson) {
        return access.read(CurrentUser.caller(), youngPerson).name();
    }

    private void showState() {
        Locale locale = getLocale();
        if (report.isSubmitted()) {
            java.time.Instant until = reports.correctableUntil(report).orElseThrow();
            boolean open = reports.isCorrectable(report);
            send.setText(getTranslation("reporting.form.correct"));
            send.setEnabled(open);
            state.setText(getTranslation(open ? "reporting.form.submittedCorrectable" : "reporting.form.submittedClosed",
                    Formats.moment(report.submitted().orElseThrow(), locale), Formats.moment(until, locale)));
            ratings.forEach(field -> field.setReadOnly(!open));
            if (likelihood != null) {
                likelihood.setReadOnly(!open);
            }
            absence.setReadOnly(!open);
            comment.setReadOnly(!open);
        } else {
            send.setText(getTranslation("reporting.form.send"));
            state.setText(report.ratings().isEmpty() && report.comment().isEmpty() ? getTranslation("reporting.form.autosave")
                    : getTranslation("reporting.form.draftSaved", Formats.moment(report.updated(), locale)));
        }
    }

    private ReportInput input() {
        Map<String, Integer> given = new HashMap<>();
        for (RatingField field : ratings) {
            field.rating().ifPresent(rating -> given.put(field.indicatorId(), rating));
        }
        return new ReportInput(report.youngPerson(), report.instrument(), report.period(), given, comment.getValue(),
                report.instrument() == Instrument.WEEKLY_REPORT ? absence.getValue() : null,
                likelihood == null ? null : likelihood.answer().orElse(null));
    }

    /** A draft is kept at every change; a submitted report changes only when "correct" is pressed. */
    private void autosave() {
        if (loading || report == null || report.isSubmitted()) {
            return;
        }
        if (absence.isInvalid()) {
            problem.setText(getTranslation("reporting.refused.absence", Reports.MAX_ABSENCE_HOURS));
            return;
        }
        try {
            report = reports.saveDraft(CurrentUser.caller(), input());
            problem.setText("");
            showState();
        } catch (ReportingRefusedException refused) {
            problem.setText(getTranslation(refused.reason(), refused.values()));
        }
    }

    private void submit() {
        try {
            boolean correction = report.isSubmitted();
            report = reports.submit(CurrentUser.caller(), input());
            Notification.show(getTranslation(correction ? "reporting.form.correctedNow" : "reporting.form.sent"));
            UI.getCurrent().navigate(ReportingView.class);
        } catch (ReportingRefusedException refused) {
            problem.setText(getTranslation(refused.reason(), refused.values()));
        }
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** For tests: the counsellor's likelihood question, if the form has it. */
    Optional<LikelihoodField> likelihoodField() {
        return Optional.ofNullable(likelihood);
    }

    /** For tests: the rating fields in form order. */
    List<RatingField> ratingFields() {
        return List.copyOf(ratings);
    }
}
