package org.vaadin.addons.echartsflow;

import com.fasterxml.jackson.core.type.TypeReference;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vaadin.addons.echartsflow.option.OptionJson;

/** A series switched on or off in the legend, from ECharts' {@code legendselectchanged}. */
@DomEvent("echarts-legend-select")
public class LegendSelectEvent extends ComponentEvent<EChart> {
    private final String name;
    private final Map<String, Boolean> selected;

    public LegendSelectEvent(EChart source, boolean fromClient,
            @EventData("event.detail.name") String name,
            @EventData("event.detail.selectedJson") String selectedJson) {
        super(source, fromClient);
        this.name = name;
        this.selected = parse(selectedJson);
    }

    private static Map<String, Boolean> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Boolean> map = OptionJson.mapper().readValue(json,
                    new TypeReference<LinkedHashMap<String, Boolean>>() { });
            return Collections.unmodifiableMap(map);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Legend selection is not a JSON object: " + json, e);
        }
    }

    /** The legend entry that was clicked. */
    public String getName() {
        return name;
    }

    /** Every legend entry and whether it is now on, in legend order. */
    public Map<String, Boolean> getSelected() {
        return selected;
    }

    public boolean isSelected() {
        return Boolean.TRUE.equals(selected.get(name));
    }
}
