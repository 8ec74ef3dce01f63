package org.vaadin.addons.echartsflow.option;

/** Axis tick labels ({@code axisLabel}). */
public class AxisLabel extends OptionObject<AxisLabel> {
    private Boolean show;
    private String formatter;
    private Number rotate;
    private Object interval;
    private Boolean hideOverlap;

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
}
