package dk.nextwork.development.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dk.nextwork.platform.i18n.Formats;

import dk.nextwork.shell.CurrentUser;
import dk.nextwork.reporting.Definition;
import dk.nextwork.reporting.Indicator;
import dk.nextwork.reporting.Report;
import dk.nextwork.reporting.Score;
import dk.nextwork.reporting.PeriodLabels;

/** The reports and comments behind a clicked point of the trend lines: what each rated and what they wrote. */
class ReportsBehindDialog extends Dialog {

    ReportsBehindDialog(DevelopmentCharts charts, String seriesName, Score score, List<Report> reports, Definition definition) {
        Locale locale = getLocale();
        String language = CurrentUser.language();
        addClassName("reports-behind");
        setHeaderTitle(getTranslation("development.behind.title", seriesName, charts.label(score.period())));
        setMaxWidth("40rem");
        if (reports.isEmpty()) {
            add(new Paragraph(getTranslation("development.behind.none")));
        }
        for (Report report : reports) {
            Div one = new Div();
            one.addClassName("report-behind");
            String rater = getTranslation("reporting.rater." + report.rater().name().toLowerCase(Locale.ROOT));
            one.add(new H3(getTranslation(PeriodLabels.instrumentKey(report.instrument())) + " · "
                    + charts.label(report.period()) + " · " + rater));
            if (!report.isSubmitted()) {
                one.add(new Paragraph(getTranslation("development.behind.draft")));
            }
            UnorderedList ratings = new UnorderedList();
            report.ratings().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(rating -> {
                Optional<Indicator> indicator = definition.indicator(rating.getKey());
                String name = indicator.map(found -> found.name().in(language)).orElse(rating.getKey());
                String max = indicator.map(found -> String.valueOf(found.scale().max())).orElse("?");
                ratings.add(new ListItem(getTranslation("development.behind.rating", name, rating.getValue(), max)));
            });
            one.add(ratings);
            if (!report.comment().isBlank()) {
                one.add(new Paragraph(getTranslation("development.behind.comment", report.comment())));
            }
            report.submitted().ifPresent(at -> one.add(new Paragraph(Formats.moment(at, locale))));
            add(one);
        }
        Button close = new Button(getTranslation("development.behind.close"), click -> close());
        getFooter().add(close);
    }
}
