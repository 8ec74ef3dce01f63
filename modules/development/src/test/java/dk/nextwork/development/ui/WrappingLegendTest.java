package dk.nextwork.development.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vaadin.addons.echartsflow.option.ChartOption;
import org.vaadin.addons.echartsflow.option.Grid;
import org.vaadin.addons.echartsflow.option.Legend;
import org.vaadin.addons.echartsflow.option.OptionJson;

/** A legend shows every line on rows of its own, and the plot starts below the last row at every width. */
class WrappingLegendTest {

    private static final List<String> TRAITS = List.of("Initiativ", "Vedholdenhed", "Nysgerrighed", "Samarbejdsevner",
            "Sociale egenskaber", "Ansvarsbevidsthed");

    @Test
    void theNamesTakeMoreRowsOnANarrowChart() {
        assertEquals(1, WrappingLegend.rows(TRAITS, 960), "a desktop's chart");
        assertEquals(2, WrappingLegend.rows(TRAITS, 640));
        assertEquals(3, WrappingLegend.rows(TRAITS, 320), "two names to a row on a phone");
        assertEquals(4, WrappingLegend.rows(TRAITS, WrappingLegend.NARROWEST));
        assertEquals(1, WrappingLegend.rows(List.of("Median", "Nedre kvartil", "Øvre kvartil"), 400));
        assertEquals(1, WrappingLegend.rows(List.of("Et navn længere end hele bredden af en smal telefon, her"), 260),
                "a name alone on its row");
    }

    @Test
    void thePlotStartsBelowTheRowsAtEachRangeOfWidths() {
        ChartOption option = WrappingLegend.above(new ChartOption(), new Legend(), new Grid().setLeft(8), TRAITS, 35);
        var json = OptionJson.parse(option.toJson());
        var base = json.get("baseOption");
        assertEquals("plain", base.get("legend").get("type").asText(), "a plain legend wraps; a scroll legend pages");
        assertEquals(0, base.get("legend").get("top").asInt());
        assertEquals(5 + 24 + 35, base.get("grid").get("top").asInt());
        assertEquals(8, base.get("grid").get("left").asInt());
        var media = json.get("media");
        assertEquals(WrappingLegend.WIDTHS.size(), media.size());
        int previous = base.get("grid").get("top").asInt();
        for (int i = 0; i < media.size(); i++) {
            assertEquals(WrappingLegend.WIDTHS.get(i), media.get(i).get("query").get("maxWidth").asInt());
            int top = media.get(i).get("option").get("grid").get("top").asInt();
            assertTrue(top >= previous, "a narrower chart never has less room for its legend");
            previous = top;
        }
        assertEquals(5 + 4 * 24 + 35, previous, "the narrowest: four rows");
    }
}
