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
import org.vaadin.addons.echartsflow.option.OptionJson;

import dk.nextwork.development.Band;
import dk.nextwork.development.CohortSeries;
import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Period;

/** The cohort chart stands the current period's band on the picture's today, not on the real date, on an axis of days. */
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
        var pointer = OptionJson.tree(charts.spread(series).getXAxis().get(0)).get("axisPointer").get("label");
        assertEquals("[\"2024-10-31\",\"2024-11-10\"]", pointer.get("customValues").toString());
        assertEquals("[\"oktober 2024\",\"november 2024\"]", pointer.get("customLabels").toString(),
                "the tooltip is headed by the period, not a date and hour in ECharts' format");
    }

    @Test
    void aHalfYearlySeriesHasAnAxisOfWholeHalfYearsNotTheHoursOfOneDay() {
        LocalDate today = LocalDate.of(2026, 11, 10);
        CohortSeries series = new CohortSeries("modstandskraft", new Bilingual("Modstandskraft", "Resilience"),
                Cadence.HALF_YEARLY, List.of(new Band(Period.parse("2026-H2").orElseThrow(), 6, 40, 50, 60)));
        Axis axis = new CohortCharts(Locale.forLanguageTag("da"), (key, values) -> key, today).spread(series).getXAxis().get(0);
        assertEquals("2026-07-01", axis.getMin(), "a lone point stands in its whole half-year, not in hours around it");
        assertEquals("2026-12-31", axis.getMax());
        assertEquals(List.of("jul. 2026", "aug. 2026", "sep. 2026", "okt. 2026", "nov. 2026", "dec. 2026"),
                List.copyOf(axis.getAxisLabel().getCustomLabels().values()));
    }

    @Test
    void aBandsFiguresReadWithTheDanishDecimalCommaInItsTooltip() {
        LocalDate today = LocalDate.of(2026, 11, 10);
        CohortSeries series = new CohortSeries("arbejdsegnethed", new Bilingual("Arbejdsegnethed", "Employability"),
                Cadence.MONTHLY, List.of(new Band(Period.parse("2026-10").orElseThrow(), 6, 40.25, 71.3, 80)));
        String spread = new CohortCharts(Locale.forLanguageTag("da"), (key, values) -> key, today).spread(series).toJson();
        assertTrue(spread.contains("development.cohort.median: 71,3"), spread);
        assertTrue(spread.contains("development.cohort.lower: 40,3"), spread);
        assertFalse(spread.contains("\"trigger\":\"axis\""), "each point says its own figures, not ECharts' \"71.3\": " + spread);
    }
}
