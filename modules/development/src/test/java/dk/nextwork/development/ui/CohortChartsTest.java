package dk.nextwork.development.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.vaadin.addons.echartsflow.option.Axis;

import dk.nextwork.development.Band;
import dk.nextwork.development.CohortSeries;
import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Period;

/** The cohort chart stands the current period's band on the picture's today, not on the real date. */
class CohortChartsTest {

    @Test
    void theCurrentPeriodsBandStandsOnThePicturesTodayAndAnEndedOneOnItsLastDay() {
        LocalDate today = LocalDate.of(2024, 11, 10);
        CohortSeries series = new CohortSeries("arbejdsegnethed", new Bilingual("Arbejdsegnethed", "Employability"),
                Cadence.MONTHLY, List.of(new Band(Period.parse("2024-10").orElseThrow(), 3, 40, 50, 60),
                        new Band(Period.parse("2024-11").orElseThrow(), 3, 45, 55, 65)));
        CohortCharts charts = new CohortCharts(Locale.forLanguageTag("da"), (key, values) -> key, today);

        String spread = charts.spread(series).toJson();
        assertTrue(spread.contains("\"2024-10-31\""), spread);
        assertTrue(spread.contains("\"2024-11-10\""), spread);
        assertFalse(spread.contains("\"2024-11-30\""), "November has not ended on the picture's today: " + spread);
        assertEquals("november 2024", charts.periodOf("2024-11-10"));
    }

    @Test
    void aHalfYearlySeriesHasAnAxisOfHalfYearsNotHoursAndAMonthlyOneKeepsItsOwn() {
        LocalDate today = LocalDate.of(2024, 11, 10);
        CohortSeries resilience = new CohortSeries("modstandskraft", new Bilingual("Modstandskraft", "Resilience"),
                Cadence.HALF_YEARLY, List.of(new Band(Period.parse("2024-H2").orElseThrow(), 5, 40, 50, 60)));
        CohortCharts charts = new CohortCharts(Locale.forLanguageTag("da"), (key, values) -> key, today);

        Axis axis = charts.spread(resilience).getXAxis().get(0);
        assertEquals(182L * 24 * 60 * 60 * 1000, ((Number) axis.get("minInterval")).longValue(), "ticks half a year apart");
        assertEquals("2024-07-01", axis.getMin(), "a lone point stands in its whole half-year, not in hours around it");
        assertEquals("2024-12-31", axis.getMax());

        CohortSeries monthly = new CohortSeries("beslutsomhed", new Bilingual("Beslutsomhed", "Decisiveness"),
                Cadence.MONTHLY, List.of(new Band(Period.parse("2024-10").orElseThrow(), 5, 40, 50, 60)));
        assertNull(charts.spread(monthly).getXAxis().get(0).get("minInterval"));
    }
}
