package org.vaadin.addons.echartsflow;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A click on a chart item (a point, bar, area, marker...), from ECharts' {@code click} event.
 * The value is passed as JSON text because its shape depends on the series type.
 */
@DomEvent("echarts-click")
public class ChartClickEvent extends ComponentEvent<EChart> {
    private final String componentType;
    private final Integer seriesIndex;
    private final String seriesName;
    private final String seriesId;
    private final Integer dataIndex;
    private final String name;
    private final String valueJson;

    public ChartClickEvent(EChart source, boolean fromClient,
            @EventData("event.detail.componentType") String componentType,
            @EventData("event.detail.seriesIndex") Integer seriesIndex,
            @EventData("event.detail.seriesName") String seriesName,
            @EventData("event.detail.seriesId") String seriesId,
            @EventData("event.detail.dataIndex") Integer dataIndex,
            @EventData("event.detail.name") String name,
            @EventData("event.detail.valueJson") String valueJson) {
        super(source, fromClient);
        this.componentType = componentType;
        this.seriesIndex = seriesIndex;
        this.seriesName = seriesName;
        this.seriesId = seriesId;
        this.dataIndex = dataIndex;
        this.name = name;
        this.valueJson = valueJson;
    }

    /** {@code series}, {@code markArea}, {@code markLine}, ... */
    public String getComponentType() {
        return componentType;
    }

    public Integer getSeriesIndex() {
        return seriesIndex;
    }

    public String getSeriesName() {
        return seriesName;
    }

    public String getSeriesId() {
        return seriesId;
    }

    public Integer getDataIndex() {
        return dataIndex;
    }

    /** The item's name: the category, the radar item, or the mark area's name. */
    public String getName() {
        return name;
    }

    /** The item's value as JSON: {@code 12}, {@code ["2024-01-01", 3]}, {@code null}... */
    public String getValueJson() {
        return valueJson;
    }
}
