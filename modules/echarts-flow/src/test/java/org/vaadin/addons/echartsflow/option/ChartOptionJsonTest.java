package org.vaadin.addons.echartsflow.option;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartOptionJsonTest {

    private static void assertJson(String expected, OptionObject<?> actual) {
        JsonNode expectedTree = OptionJson.parse(expected.replace('\'', '"'));
        JsonNode actualTree = OptionJson.parse(actual.toJson());
        assertEquals(expectedTree, actualTree, () -> "expected " + expectedTree + "\n but was " + actualTree);
    }

    @Test
    void lineChartWithZoomMarksLegendAndTooltipSerialisesToEChartsJson() {
        ChartOption option = new ChartOption()
                .setTitle(new Title("Visits").setSubtext("per week").setLeft("center"))
                .setLegend(new Legend().setData("A", "B").setBottom(0).setSelected("B", false))
                .setTooltip(Tooltip.axis())
                .setGrid(new Grid().setContainLabel(true))
                .setXAxis(Axis.category("w1", "w2", "w3").setBoundaryGap(false)
                        .setAxisLabel(new AxisLabel().setRotate(45)))
                .setYAxis(Axis.value().setName("Visits").setMin(0).setMax(10))
                .setDataZoom(DataZoom.slider().setXAxisIndex(0).setStart(0).setEnd(50), DataZoom.inside())
                .setSeries(
                        new LineSeries("A").setData(1, null, 3).setConnectNulls(false)
                                .setMarkArea(new MarkArea().addArea("Holiday", "w2", "w3")
                                        .setItemStyle(new ItemStyle().setColor("rgba(0,0,0,0.1)")))
                                .setMarkLine(new MarkLine().addYLine("Target", 5).setSymbol("none")
                                        .setLineStyle(LineStyle.dashed())),
                        new BarSeries("B").setData(2, 2, 2).setStack("s"));

        assertJson("""
                {
                  'title': {'text': 'Visits', 'subtext': 'per week', 'left': 'center'},
                  'aria': {'enabled': true},
                  'legend': {'data': ['A', 'B'], 'bottom': 0, 'selected': {'B': false}},
                  'tooltip': {'trigger': 'axis'},
                  'grid': {'containLabel': true},
                  'xAxis': [{'type': 'category', 'data': ['w1', 'w2', 'w3'], 'boundaryGap': false,
                             'axisLabel': {'rotate': 45}}],
                  'yAxis': [{'type': 'value', 'name': 'Visits', 'min': 0, 'max': 10}],
                  'dataZoom': [{'type': 'slider', 'xAxisIndex': 0, 'start': 0, 'end': 50}, {'type': 'inside'}],
                  'series': [
                    {'type': 'line', 'name': 'A', 'data': [1, null, 3], 'connectNulls': false,
                     'markArea': {'itemStyle': {'color': 'rgba(0,0,0,0.1)'},
                                  'data': [[{'name': 'Holiday', 'xAxis': 'w2'}, {'xAxis': 'w3'}]]},
                     'markLine': {'symbol': 'none', 'lineStyle': {'type': 'dashed'},
                                  'data': [{'name': 'Target', 'yAxis': 5}]}},
                    {'type': 'bar', 'name': 'B', 'data': [2, 2, 2], 'stack': 's'}
                  ]
                }
                """, option);
    }

    @Test
    void nullsInDataStayNullAndUnsetFieldsAreAbsent() {
        LineSeries series = new LineSeries().addPoint("2024-01-01", 4).addPoint("2024-01-02", null).addData(null);
        JsonNode tree = OptionJson.tree(series);

        assertEquals(OptionJson.parse("[[\"2024-01-01\",4],[\"2024-01-02\",null],null]"), tree.get("data"));
        assertEquals(List.of("type", "data"), fieldNames(tree));
    }

    @Test
    void ariaIsEnabledByDefaultAndCanCarryADescription() {
        assertJson("{'aria': {'enabled': true}}", new ChartOption());
        assertJson("{'aria': {'enabled': true, 'label': {'description': 'Visits rise in May'}}}",
                new ChartOption().setAria(new Aria().setDescription("Visits rise in May")));
        assertJson("{}", new ChartOption().setAria(null));
    }

    @Test
    void aPartialOptionForAMergeLeavesTheDefaultAriaOut() {
        ChartOption partial = new ChartOption().addSeries(new LineSeries().setId("a").setData(1, 2));

        assertEquals(OptionJson.parse("{\"series\":[{\"type\":\"line\",\"id\":\"a\",\"data\":[1,2]}]}"),
                OptionJson.parse(partial.toMergeJson()));
        ChartOption switchedOff = new ChartOption().setAria(new Aria().setEnabled(false));
        assertEquals(OptionJson.parse("{\"aria\":{\"enabled\":false}}"), OptionJson.parse(switchedOff.toMergeJson()));
    }

    @Test
    void radarSerialisesIndicatorsAndItems() {
        ChartOption option = new ChartOption()
                .setRadar(new Radar().setShape("circle").setRadius("65%")
                        .addIndicator("Punctual", 5).addIndicator(new Radar.Indicator("Calm", 5).setMin(1)))
                .addSeries(new RadarSeries("Scores")
                        .addItem(new RadarSeries.Item("May", List.of(4, 3)).setAreaStyle(new AreaStyle().setOpacity(0.2)))
                        .addItem(new RadarSeries.Item("June", Arrays.asList(5, null))
                                .setLineStyle(LineStyle.dotted()).setSymbol("rect")));

        assertJson("""
                {
                  'aria': {'enabled': true},
                  'radar': {'indicator': [{'name': 'Punctual', 'max': 5}, {'name': 'Calm', 'max': 5, 'min': 1}],
                            'shape': 'circle', 'radius': '65%'},
                  'series': [{'type': 'radar', 'name': 'Scores', 'data': [
                     {'name': 'May', 'value': [4, 3], 'areaStyle': {'opacity': 0.2}},
                     {'name': 'June', 'value': [5, null], 'symbol': 'rect', 'lineStyle': {'type': 'dotted'}}
                  ]}]
                }
                """, option);
    }

    @Test
    void heatmapSerialisesWithVisualMap() {
        ChartOption option = new ChartOption()
                .setXAxis(Axis.category("Mon", "Tue").setSplitArea(true))
                .setYAxis(Axis.category("AM", "PM").setSplitArea(true))
                .setVisualMap(new VisualMap(0, 10).setCalculable(true).setOrient("horizontal").setLeft("center")
                        .setBottom("5%").setInRangeColors("#fff", "#c00"))
                .addSeries(new HeatmapSeries("Load").setData(List.of(0, 0, 5), List.of(1, 1, 9))
                        .setLabel(Label.shown()));

        assertJson("""
                {
                  'aria': {'enabled': true},
                  'xAxis': [{'type': 'category', 'data': ['Mon', 'Tue'], 'splitArea': {'show': true}}],
                  'yAxis': [{'type': 'category', 'data': ['AM', 'PM'], 'splitArea': {'show': true}}],
                  'visualMap': {'min': 0, 'max': 10, 'calculable': true, 'orient': 'horizontal', 'left': 'center',
                                'bottom': '5%', 'inRange': {'color': ['#fff', '#c00']}},
                  'series': [{'type': 'heatmap', 'name': 'Load', 'data': [[0, 0, 5], [1, 1, 9]], 'label': {'show': true}}]
                }
                """, option);
    }

    @Test
    void theEscapeHatchAddsAnyPropertyOnAnyObject() {
        ChartOption option = new ChartOption()
                .set("useUTC", true)
                .setTitle(new Title("T").set("textAlign", "left"))
                .addSeries(new BarSeries().set("barMaxWidth", 40).set("itemStyle", Map.of("borderRadius", 4)));

        assertJson("""
                {'useUTC': true, 'aria': {'enabled': true}, 'title': {'text': 'T', 'textAlign': 'left'},
                 'series': [{'type': 'bar', 'barMaxWidth': 40, 'itemStyle': {'borderRadius': 4}}]}
                """, option);
        option.set("useUTC", null);
        assertFalse(OptionJson.tree(option).has("useUTC"));
    }

    @Test
    void javaTimeValuesAreWrittenAsIsoText() {
        LineSeries series = new LineSeries().addPoint(LocalDate.of(2024, 5, 1), 3);

        assertEquals("2024-05-01", OptionJson.tree(series).get("data").get(0).get(0).asText());
        assertTrue(OptionJson.tree(series).get("data").get(0).get(0).isTextual());
    }

    private static List<String> fieldNames(JsonNode tree) {
        List<String> names = new java.util.ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void mediaQueriesWrapTheOptionAsBaseOption() {
        ChartOption option = new ChartOption().setRadar(new Radar().setRadius("62%"))
                .addMedia(java.util.Map.of("maxWidth", 480), new ChartOption().setRadar(new Radar().setRadius("40%")));
        assertEquals(OptionJson.parse("""
                {"baseOption": {"aria": {"enabled": true}, "radar": {"radius": "62%"}},
                 "media": [{"query": {"maxWidth": 480}, "option": {"radar": {"radius": "40%"}}}]}"""),
                OptionJson.parse(option.toJson()));
        assertFalse(OptionJson.parse(new ChartOption().setTitle("x").toJson()).has("baseOption"),
                "without media the option stays flat");
    }

    @Test
    void customLabelsGoAsCustomValuesAndTheirTextsInTheSameOrder() {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        labels.put("2026-10-01", "okt. 2026");
        labels.put("2026-11-01", "nov. 2026");
        Axis axis = Axis.time().setCustomTicks(List.copyOf(labels.keySet()))
                .setAxisLabel(new AxisLabel().setHideOverlap(true).setCustomLabels(labels));

        assertJson("""
                {'type': 'time', 'axisTick': {'customValues': ['2026-10-01', '2026-11-01']},
                 'axisLabel': {'hideOverlap': true, 'customValues': ['2026-10-01', '2026-11-01'],
                               'customLabels': ['okt. 2026', 'nov. 2026']}}""", axis);
        assertEquals(labels, axis.getAxisLabel().getCustomLabels());
        assertJson("{'type': 'time', 'axisLabel': {}}", Axis.time().setAxisLabel(new AxisLabel().setCustomLabels(null)));
    }

    @Test
    void pointerLabelsSnapToTheDataAndGoAsTheirTextsUnderTheAxisPointersLabel() {
        Map<String, String> periods = new java.util.LinkedHashMap<>();
        periods.put("2026-09-30", "september 2026");
        periods.put("2026-10-31", "oktober 2026");
        assertJson("""
                {'type': 'time', 'axisPointer': {'snap': true, 'label': {'customValues': ['2026-09-30', '2026-10-31'],
                                                                         'customLabels': ['september 2026', 'oktober 2026']}}}""",
                Axis.time().setPointerLabels(periods));
    }
}
