package dk.nextwork.development.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vaadin.addons.echartsflow.option.Axis;
import org.vaadin.addons.echartsflow.option.OptionJson;

import dk.nextwork.platform.i18n.Texts;

/** A time axis is labelled in one of the portal's date formats all along, chosen by how long it is. */
class DateAxisTest {

    @Test
    void beyondFiveWeeksEveryOtherMondayIsLabelled() {
        assertEquals(List.of("7.9.", "21.9.", "5.10.", "19.10."), List.copyOf(DateAxis.labels(LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 31), Texts.DANISH).values()));
    }

    @Test
    void upToFiveWeeksEachMondayIsLabelledWithDayAndMonth() {
        Map<String, String> labels = DateAxis.labels(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 12, 10), Texts.DANISH);
        assertEquals(Map.of("2026-11-23", "23.11.", "2026-11-30", "30.11.", "2026-12-07", "7.12."), labels);
        assertEquals(List.of("23/11", "30/11", "7/12"), List.copyOf(DateAxis.labels(LocalDate.of(2026, 11, 18),
                LocalDate.of(2026, 12, 10), Locale.ENGLISH).values()));
    }

    @Test
    void aLongerAxisLabelsTheFirstOfEachMonthWithItsShortName() {
        Map<String, String> labels = DateAxis.labels(LocalDate.of(2026, 9, 14), LocalDate.of(2027, 1, 1), Texts.DANISH);
        assertEquals(List.of("2026-10-01", "2026-11-01", "2026-12-01", "2027-01-01"), List.copyOf(labels.keySet()));
        assertEquals(List.of("okt. 2026", "nov. 2026", "dec. 2026", "jan. 2027"), List.copyOf(labels.values()));
    }

    @Test
    void beyondTwoYearsEveryThirdMonthIsLabelled() {
        Map<String, String> labels = DateAxis.labels(LocalDate.of(2024, 2, 10), LocalDate.of(2026, 3, 1), Texts.DANISH);
        assertEquals("2024-04-01", labels.keySet().iterator().next());
        assertTrue(labels.keySet().stream().allMatch(day -> List.of(1, 4, 7, 10).contains(LocalDate.parse(day).getMonthValue())),
                labels.toString());
        assertEquals(8, labels.size());
    }

    @Test
    void theAxisSpansItsDaysWithTicksAtItsLabelsWhichGiveWayRatherThanOverlap() {
        Axis axis = DateAxis.between(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 11, 30), Texts.DANISH);
        var json = OptionJson.tree(axis);
        assertEquals("2026-09-14", json.get("min").asText());
        assertEquals("2026-11-30", json.get("max").asText());
        assertTrue(json.get("axisLabel").get("hideOverlap").asBoolean());
        assertEquals("[0,4]", json.get("axisLabel").get("padding").toString(), "room between labels");
        assertEquals(json.get("axisLabel").get("customValues"), json.get("axisTick").get("customValues"));
        assertEquals("[\"okt. 2026\",\"nov. 2026\"]", json.get("axisLabel").get("customLabels").toString());
    }
}
