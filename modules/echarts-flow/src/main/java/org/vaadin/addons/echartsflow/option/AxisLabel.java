package org.vaadin.addons.echartsflow.option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Axis tick labels ({@code axisLabel}). */
public class AxisLabel extends OptionObject<AxisLabel> {
    private Boolean show;
    private String formatter;
    private Number rotate;
    private Object interval;
    private Boolean hideOverlap;
    private List<Object> customValues;
    // not ECharts': the <echarts-flow> element turns these texts into a formatter function
    private List<String> customLabels;

    public AxisLabel setShow(Boolean show) {
        this.show = show;
        return this;
    }

    public String getFormatter() {
        return formatter;
    }

    /** A template such as <code>"{value} %"</code> or, for time axes, <code>"{dd}/{MM}"</code>. */
    public AxisLabel setFormatter(String formatter) {
        this.formatter = formatter;
        return this;
    }

    /** Degrees, -90 to 90; rotated labels fit narrow charts. */
    public AxisLabel setRotate(Number rotate) {
        this.rotate = rotate;
        return this;
    }

    /** {@code 0} shows every category label; {@code "auto"} lets ECharts skip some. */
    public AxisLabel setInterval(Object interval) {
        this.interval = interval;
        return this;
    }

    public AxisLabel setHideOverlap(Boolean hideOverlap) {
        this.hideOverlap = hideOverlap;
        return this;
    }

    public Boolean getHideOverlap() {
        return hideOverlap;
    }

    public List<Object> getCustomValues() {
        return customValues;
    }

    /**
     * Labels at these values only (ECharts {@code customValues}, value and time axes): numbers, or
     * dates as ECharts reads them ({@code "2026-11-30"}).
     */
    public AxisLabel setCustomValues(List<?> values) {
        this.customValues = values == null ? null : new ArrayList<>(values);
        return this;
    }

    /**
     * Labels at these values (as {@link #setCustomValues}) with these texts, made on the server,
     * in the keys' order. ECharts formats labels only with a template or a function, which option
     * JSON cannot carry: the texts go as {@code customLabels} beside {@code customValues}, and the
     * {@code <echarts-flow>} element gives the axis a formatter that shows them.
     */
    public AxisLabel setCustomLabels(Map<?, String> textsByValue) {
        if (textsByValue == null) {
            customValues = null;
            customLabels = null;
        } else {
            customValues = new ArrayList<>(textsByValue.keySet());
            customLabels = new ArrayList<>(textsByValue.values());
        }
        return this;
    }

    /** The texts given to {@link #setCustomLabels} by value, in order; empty without them. */
    public Map<Object, String> getCustomLabels() {
        Map<Object, String> texts = new LinkedHashMap<>();
        if (customLabels != null) {
            for (int i = 0; i < customLabels.size(); i++) {
                texts.put(customValues.get(i), customLabels.get(i));
            }
        }
        return texts;
    }
}
