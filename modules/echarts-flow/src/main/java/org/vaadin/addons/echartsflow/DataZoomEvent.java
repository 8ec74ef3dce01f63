package org.vaadin.addons.echartsflow;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DebounceSettings;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.dom.DebouncePhase;

/**
 * The zoom window changed. Start and end are percentages of the first {@code dataZoom}'s
 * axis, read from the chart's state because the raw event differs between slider and
 * inside zoom. Debounced: dragging a slider fires continuously.
 */
@DomEvent(value = "echarts-datazoom",
        debounce = @DebounceSettings(timeout = 250, phases = DebouncePhase.TRAILING))
public class DataZoomEvent extends ComponentEvent<EChart> {
    private final double start;
    private final double end;

    public DataZoomEvent(EChart source, boolean fromClient,
            @EventData("event.detail.start") Double start,
            @EventData("event.detail.end") Double end) {
        super(source, fromClient);
        this.start = start == null ? 0 : start;
        this.end = end == null ? 100 : end;
    }

    /** Start of the window, percent 0-100. */
    public double getStart() {
        return start;
    }

    /** End of the window, percent 0-100. */
    public double getEnd() {
        return end;
    }
}
