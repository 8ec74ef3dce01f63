package org.vaadin.addons.echartsflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vaadin.addons.echartsflow.option.Axis;
import org.vaadin.addons.echartsflow.option.BarSeries;
import org.vaadin.addons.echartsflow.option.ChartOption;
import org.vaadin.addons.echartsflow.option.HeatmapSeries;
import org.vaadin.addons.echartsflow.option.LineSeries;
import org.vaadin.addons.echartsflow.option.Radar;
import org.vaadin.addons.echartsflow.option.RadarSeries;

class ChartDataTableTest {

    private static Element table(ChartDataTable component) {
        return component.getElement().getChild(0);
    }

    private static Element child(Element parent, String tag) {
        return parent.getChildren().filter(e -> tag.equals(e.getTag())).findFirst()
                .orElseThrow(() -> new AssertionError("no <" + tag + "> in <" + parent.getTag() + ">"));
    }

    /** Every row (header row first) as the text of its cells. */
    private static List<List<String>> cells(ChartDataTable component) {
        Element table = table(component);
        List<List<String>> rows = new ArrayList<>();
        for (Element section : List.of(child(table, "thead"), child(table, "tbody"))) {
            section.getChildren().forEach(tr -> rows.add(
                    tr.getChildren().map(Element::getTextRecursively).collect(Collectors.toList())));
        }
        return rows;
    }

    @Test
    void aLineChartHasARowPerCategoryAndAColumnPerSeriesWithGapsSpelledOut() {
        ChartOption option = new ChartOption()
                .setXAxis(Axis.category("Mon", "Tue", "Wed").setName("Day"))
                .setYAxis(Axis.value())
                .setSeries(new LineSeries("Visits").setData(3, null, 5.0), new BarSeries("Calls").setData(1, 2, 3));

        ChartDataTable table = ChartDataTable.of("Visits and calls per day", option).setMissingText("not reported");

        assertEquals(List.of(
                List.of("Day", "Visits", "Calls"),
                List.of("Mon", "3", "1"),
                List.of("Tue", "–not reported", "2"),
                List.of("Wed", "5", "3")), cells(table));
        Element gap = child(table(table), "tbody").getChild(1).getChild(1);
        assertEquals("not reported", gap.getAttribute("title"));
        assertEquals("true", gap.getChild(0).getAttribute("aria-hidden"));
    }

    @Test
    void pointsOnATimeAxisBecomeSortedRowsShared() {
        ChartOption option = new ChartOption()
                .setXAxis(Axis.time())
                .setYAxis(Axis.value())
                .setSeries(
                        new LineSeries("A").addPoint("2024-01-02", 2).addPoint("2024-01-01", 1),
                        new LineSeries("B").addPoint("2024-01-03", 30).addPoint("2024-01-01", null));

        ChartDataTable table = ChartDataTable.of("Scores", option).setValueFormatter(v -> v + " pt")
                .setCornerHeader("Date");

        assertEquals(List.of(
                List.of("Date", "A", "B"),
                List.of("2024-01-01", "1 pt", "–No value"),
                List.of("2024-01-02", "2 pt", "–No value"),
                List.of("2024-01-03", "–No value", "30 pt")), cells(table));
    }

    @Test
    void aGapCanMeanSomethingElseInOneRow() {
        ChartOption option = new ChartOption()
                .setXAxis(Axis.time())
                .setYAxis(Axis.value())
                .setSeries(new LineSeries("A").addPoint("2024-01-01", null).addPoint("2024-01-08", null));

        ChartDataTable table = ChartDataTable.of("Scores", option)
                .setMissingText(row -> "2024-01-08".equals(row) ? "in progress" : "not rated");

        assertEquals(List.of(
                List.of("", "A"),
                List.of("2024-01-01", "–not rated"),
                List.of("2024-01-08", "–in progress")), cells(table));
        assertEquals("in progress", child(table(table), "tbody").getChild(1).getChild(1).getAttribute("title"));
    }

    @Test
    void aRadarHasARowPerIndicatorAndAColumnPerItem() {
        ChartOption option = new ChartOption()
                .setRadar(new Radar().addIndicator("Punctual", 5).addIndicator("Calm", 5).addIndicator("Kind", 5))
                .addSeries(new RadarSeries("Scores")
                        .addItem("May", List.of(4, 3, 5))
                        .addItem("June", Arrays.asList(5, null)));

        assertEquals(List.of(
                List.of("", "May", "June"),
                List.of("Punctual", "4", "5"),
                List.of("Calm", "3", "–No value"),
                List.of("Kind", "5", "–No value")), cells(ChartDataTable.of("Scores", option)));
    }

    @Test
    void aHeatmapHasARowPerYCategoryAndAColumnPerXCategory() {
        ChartOption option = new ChartOption()
                .setXAxis(Axis.category("Mon", "Tue"))
                .setYAxis(Axis.category("AM", "PM").setName("Time"))
                .addSeries(new HeatmapSeries().setData(List.of(0, 0, 5), List.of("Tue", "PM", 9)));

        assertEquals(List.of(
                List.of("Time", "Mon", "Tue"),
                List.of("AM", "5", "–No value"),
                List.of("PM", "–No value", "9")), cells(ChartDataTable.of("Load", option)));
    }

    @Test
    void theTableHasACaptionScopedHeadersAndAFocusableScrollRegion() {
        ChartOption option = new ChartOption().setXAxis(Axis.category("a", "b"))
                .addSeries(new LineSeries("S").setData(1, 2));

        ChartDataTable component = ChartDataTable.of("My caption", option);
        Element region = component.getElement();
        Element table = table(component);

        assertEquals("div", region.getTag());
        assertEquals("region", region.getAttribute("role"));
        assertEquals("0", region.getAttribute("tabindex"));
        assertEquals("My caption", region.getAttribute("aria-label"));
        assertEquals("auto", region.getStyle().get("overflow-x"));
        assertEquals("table", table.getTag());
        assertEquals("My caption", child(table, "caption").getText());
        child(table, "thead").getChild(0).getChildren()
                .forEach(th -> assertEquals("col", th.getAttribute("scope"), "header row cells are column headers"));
        child(table, "tbody").getChildren().forEach(tr -> {
            assertEquals("th", tr.getChild(0).getTag());
            assertEquals("row", tr.getChild(0).getAttribute("scope"));
        });
    }
}
