package org.vaadin.addons.echartsflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vaadin.addons.echartsflow.option.Axis;
import org.vaadin.addons.echartsflow.option.ChartOption;
import org.vaadin.addons.echartsflow.option.LineSeries;
import org.vaadin.addons.echartsflow.option.OptionJson;

class EChartTest {

    /** One setOption call the server sent to the element. */
    record Call(String method, String json, boolean notMerge) {
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static ChartOption lineChart() {
        return new ChartOption()
                .setXAxis(Axis.category("a", "b", "c"))
                .setYAxis(Axis.value())
                .addSeries(new LineSeries("Visits").setId("visits").setData(1, 2, 3));
    }

    private static ChartOption newValues(Object... values) {
        return new ChartOption().addSeries(new LineSeries().setId("visits").setData(values));
    }

    /** Runs what a client round trip would run, then takes the JavaScript it would send. */
    private static List<Call> sentCalls() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<Call> calls = new ArrayList<>();
        for (PendingJavaScriptInvocation pending : ui.getInternals().dumpPendingJavaScriptInvocations()) {
            String expression = pending.getInvocation().getExpression();
            List<Object> parameters = pending.getInvocation().getParameters();
            String method = expression.replaceAll("(?s).*this\\.(\\w+)\\(.*", "$1");
            String json = parameters.stream().filter(String.class::isInstance).map(String.class::cast)
                    .findFirst().orElse(null);
            boolean notMerge = parameters.contains(Boolean.TRUE);
            calls.add(new Call(method, json, notMerge));
        }
        return calls;
    }

    private static void assertSameJson(String expected, String actual) {
        assertEquals(OptionJson.parse(expected), OptionJson.parse(actual));
    }

    @Test
    void attachingSendsTheFullOptionOnce() {
        EChart chart = new EChart(lineChart());
        UI.getCurrent().add(chart);

        List<Call> calls = sentCalls();

        assertEquals(1, calls.size(), calls::toString);
        assertEquals("setOption", calls.get(0).method());
        assertTrue(calls.get(0).notMerge());
        assertSameJson(lineChart().toJson(), calls.get(0).json());
    }

    @Test
    void mergeSendsOnlyThePartialOptionAndKeepsTheChart() {
        EChart chart = new EChart(lineChart());
        UI.getCurrent().add(chart);
        sentCalls();

        chart.mergeOption(newValues(4, null, 6));
        List<Call> calls = sentCalls();

        assertEquals(List.of(new Call("setOption", calls.get(0).json(), false)), calls,
                "a merge, and nothing that re-creates the chart");
        assertSameJson("{\"series\":[{\"type\":\"line\",\"id\":\"visits\",\"data\":[4,null,6]}]}", calls.get(0).json());
        assertEquals(1, chart.getMergeJsons().size());
        assertEquals(List.of(1, 2, 3), chart.getOption().getSeries().get(0).getData(),
                "getOption() is the last full option");
    }

    @Test
    void aFullOptionClearsTheStoredMerges() {
        EChart chart = new EChart(lineChart());
        UI.getCurrent().add(chart);
        chart.mergeOption(newValues(4, 5, 6));
        chart.mergeRawOption("{\"title\":{\"text\":\"x\"}}");
        assertEquals(2, chart.getMergeJsons().size());
        sentCalls();

        chart.setOption(lineChart().setTitle("New"));

        assertTrue(chart.getMergeJsons().isEmpty());
        List<Call> calls = sentCalls();
        assertEquals(1, calls.size());
        assertTrue(calls.get(0).notMerge());
    }

    @Test
    void reattachingResendsTheFullOptionAndTheMergesInOrder() {
        EChart chart = new EChart(lineChart());
        UI.getCurrent().add(chart);
        chart.mergeOption(newValues(4, 5, 6));
        chart.mergeRawOption("{\"title\":{\"text\":\"x\"}}");
        sentCalls();

        UI.getCurrent().remove(chart);
        sentCalls();
        UI.getCurrent().add(chart);
        List<Call> calls = sentCalls();

        assertEquals(3, calls.size(), calls::toString);
        assertTrue(calls.get(0).notMerge());
        assertSameJson(lineChart().toJson(), calls.get(0).json());
        assertFalse(calls.get(1).notMerge());
        assertSameJson(newValues(4, 5, 6).toMergeJson(), calls.get(1).json());
        assertFalse(calls.get(2).notMerge());
        assertSameJson("{\"title\":{\"text\":\"x\"}}", calls.get(2).json());
    }

    @Test
    void changesWhileDetachedAreSentOnAttachOnly() {
        EChart chart = new EChart();
        chart.setOption(lineChart());
        chart.mergeOption(newValues(7, 8, 9));
        assertTrue(sentCalls().isEmpty());

        UI.getCurrent().add(chart);

        assertEquals(2, sentCalls().size());
    }

    @Test
    void aRawOptionReplacesTheTypedOne() {
        EChart chart = new EChart(lineChart());
        chart.setRawOption("{\"series\":[]}");

        assertNull(chart.getOption());
        assertEquals("{\"series\":[]}", chart.getOptionJson());
    }

    @Test
    void themeAndRendererAreElementAttributes() {
        EChart chart = new EChart();
        assertEquals("light", chart.getElement().getAttribute("chart-theme"));
        assertEquals("canvas", chart.getElement().getAttribute("renderer"));

        chart.setTheme(ChartTheme.DARK);
        chart.setRenderer(ChartRenderer.SVG);

        assertEquals("dark", chart.getElement().getAttribute("chart-theme"));
        assertEquals("svg", chart.getElement().getAttribute("renderer"));
        assertEquals(ChartTheme.DARK, chart.getTheme());
    }

    @Test
    void exportPngAsksTheElementForItsImage() {
        EChart chart = new EChart(lineChart());
        UI.getCurrent().add(chart);
        sentCalls();

        chart.exportPng(bytes -> { });

        List<Call> calls = sentCalls();
        assertEquals("exportPng", calls.get(0).method());
    }

    @Test
    void aPngDataUrlIsDecodedToItsBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        String url = "data:image/png;base64," + Base64.getEncoder().encodeToString(png);

        assertArrayEquals(png, EChart.decodeDataUrl(url));
    }

    @Test
    void theElementIsTheCustomElementWithItsModule() {
        EChart chart = new EChart();
        chart.setHeight("300px");

        assertEquals("echarts-flow", chart.getElement().getTag());
        assertEquals("300px", chart.getElement().getStyle().get("height"));
    }
}
