package dk.nextwork.development.ui;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.vaadin.addons.echartsflow.ChartDataTable;
import org.vaadin.addons.echartsflow.EChart;
import org.vaadin.addons.echartsflow.option.ChartOption;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.development.CohortPicture;
import dk.nextwork.development.CohortSeries;
import dk.nextwork.development.Cohorts;
import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Role;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.PageTitles;

/**
 * {@code /app/development/cohort}: how the dimensions spread across the young people a counsellor
 * or coordinator works with, as a median line in its quartile band; never a single young person.
 */
@Route(value = "development/cohort", layout = MainLayout.class)
@RolesAllowed({Role.COUNSELLOR_ID, Role.COORDINATOR_ID})
@Dependent
public class CohortView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Cohorts cohorts;

    @Inject
    public CohortView(Cohorts cohorts) {
        this.cohorts = cohorts;
        setMaxWidth("64rem");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("development.cohort.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("development.cohort.title")));
        try {
            CohortPicture picture = cohorts.picture(CurrentUser.caller());
            boolean nothingShown = picture.dimensions().stream().allMatch(series -> series.bands().isEmpty());
            if (picture.tooFew() || nothingShown) {
                boolean withheld = picture.dimensions().stream().anyMatch(series -> series.withheld() > 0);
                add(new Paragraph(getTranslation(picture.tooFew() || withheld ? "development.cohort.tooFew"
                        : "development.cohort.none")));
                return;
            }
            add(new Paragraph(getTranslation("development.cohort.intro", picture.people())));
            CohortCharts charts = new CohortCharts(getLocale(), this::getTranslation, picture.today());
            for (CohortSeries series : picture.dimensions()) {
                String name = series.name().in(CurrentUser.language());
                add(new H2(name));
                if (series.withheld() > 0) {
                    Paragraph withheld = new Paragraph(getTranslation("development.cohort.withheld", Cohorts.FEWEST_PEOPLE,
                            series.withheld()));
                    withheld.addClassName("cohort-withheld");
                    add(withheld);
                }
                if (series.bands().isEmpty()) {
                    continue;
                }
                EChart chart = new EChart(charts.spread(series));
                chart.setId("cohort-" + series.target());
                chart.setWidthFull();
                chart.setHeight("20rem");
                ChartOption table = charts.table(series);
                add(chart, new Details(getTranslation("development.trend.table"), ChartDataTable.of(name, table)
                        .setCornerHeader(getTranslation("development.trend.period"))
                        .setRowHeaderFormatter(charts::periodOf)
                        .setValueFormatter(value -> Formats.value(value, getLocale()))));
            }
        } catch (AccessDeniedException denied) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }
}
