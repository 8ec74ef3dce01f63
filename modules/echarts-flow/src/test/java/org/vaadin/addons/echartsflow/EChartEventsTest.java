package org.vaadin.addons.echartsflow;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.JsonConstants;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EChartEventsTest {

    private EChart chart;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        chart = new EChart();
        UI.getCurrent().add(chart);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aClickReachesTheServerWithSeriesAndDataIndex() {
        AtomicReference<ChartClickEvent> received = new AtomicReference<>();
        chart.addChartClickListener(received::set);

        JsonObject data = Json.createObject();
        data.put("event.detail.componentType", "series");
        data.put("event.detail.seriesIndex", 1);
        data.put("event.detail.seriesName", "Visits");
        data.put("event.detail.seriesId", "visits");
        data.put("event.detail.dataIndex", 2);
        data.put("event.detail.name", "w3");
        data.put("event.detail.valueJson", "[\"w3\",7.5]");
        _fireDomEvent(chart, "echarts-click", data);

        ChartClickEvent event = received.get();
        assertNotNull(event, "the listener was called");
        assertTrue(event.isFromClient());
        assertEquals("series", event.getComponentType());
        assertEquals(1, event.getSeriesIndex());
        assertEquals("Visits", event.getSeriesName());
        assertEquals("visits", event.getSeriesId());
        assertEquals(2, event.getDataIndex());
        assertEquals("w3", event.getName());
        assertEquals("[\"w3\",7.5]", event.getValueJson());
    }

    @Test
    void aClickOnAMarkAreaHasNoSeriesData() {
        AtomicReference<ChartClickEvent> received = new AtomicReference<>();
        chart.addChartClickListener(received::set);

        JsonObject data = Json.createObject();
        data.put("event.detail.componentType", "markArea");
        data.put("event.detail.seriesIndex", 0);
        data.put("event.detail.seriesName", "Visits");
        data.put("event.detail.seriesId", Json.createNull());
        data.put("event.detail.dataIndex", Json.createNull());
        data.put("event.detail.name", "Holiday");
        data.put("event.detail.valueJson", Json.createNull());
        _fireDomEvent(chart, "echarts-click", data);

        assertEquals("markArea", received.get().getComponentType());
        assertEquals(null, received.get().getDataIndex());
        assertEquals("Holiday", received.get().getName());
    }

    @Test
    void aLegendToggleReachesTheServerWithEverySelection() {
        AtomicReference<LegendSelectEvent> received = new AtomicReference<>();
        chart.addLegendSelectListener(received::set);

        JsonObject data = Json.createObject();
        data.put("event.detail.name", "B");
        data.put("event.detail.selectedJson", "{\"A\":true,\"B\":false}");
        _fireDomEvent(chart, "echarts-legend-select", data);

        Map<String, Boolean> expected = new LinkedHashMap<>();
        expected.put("A", true);
        expected.put("B", false);
        assertEquals("B", received.get().getName());
        assertEquals(expected, received.get().getSelected());
        assertEquals(false, received.get().isSelected());
    }

    @Test
    void aZoomReachesTheServerAsPercentages() {
        AtomicReference<DataZoomEvent> received = new AtomicReference<>();
        chart.addDataZoomListener(received::set);

        JsonObject data = Json.createObject();
        // the zoom event is debounced: the browser sends it once dragging stops, as its trailing phase
        data.put(JsonConstants.EVENT_DATA_PHASE, JsonConstants.EVENT_PHASE_TRAILING);
        data.put("event.detail.start", 12.5);
        data.put("event.detail.end", 80);
        _fireDomEvent(chart, "echarts-datazoom", data);

        assertEquals(12.5, received.get().getStart());
        assertEquals(80.0, received.get().getEnd());
    }

    @Test
    void aRemovedListenerHearsNothing() {
        AtomicReference<DataZoomEvent> received = new AtomicReference<>();
        chart.addDataZoomListener(received::set).remove();

        JsonObject data = Json.createObject();
        data.put(JsonConstants.EVENT_DATA_PHASE, JsonConstants.EVENT_PHASE_TRAILING);
        data.put("event.detail.start", 0);
        data.put("event.detail.end", 10);
        _fireDomEvent(chart, "echarts-datazoom", data);

        assertEquals(null, received.get());
    }
}
