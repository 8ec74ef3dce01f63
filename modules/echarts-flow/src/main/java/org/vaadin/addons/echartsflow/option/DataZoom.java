package org.vaadin.addons.echartsflow.option;

/** A zoom control ({@code dataZoom[i]}): a slider under the chart, or wheel/drag inside it. */
public class DataZoom extends OptionObject<DataZoom> {
    private String type;
    private Object xAxisIndex;
    private Object yAxisIndex;
    private Number start;
    private Number end;
    private Object startValue;
    private Object endValue;
    private String filterMode;
    private Boolean show;

    public DataZoom() {
    }

    public DataZoom(String type) {
        this.type = type;
    }

    public static DataZoom slider() {
        return new DataZoom("slider");
    }

    public static DataZoom inside() {
        return new DataZoom("inside");
    }

    public String getType() {
        return type;
    }

    /** {@code slider} or {@code inside}. */
    public DataZoom setType(String type) {
        this.type = type;
        return this;
    }

    /** An axis index or a list of them. */
    public DataZoom setXAxisIndex(Object xAxisIndex) {
        this.xAxisIndex = xAxisIndex;
        return this;
    }

    public DataZoom setYAxisIndex(Object yAxisIndex) {
        this.yAxisIndex = yAxisIndex;
        return this;
    }

    public Number getStart() {
        return start;
    }

    /** Start of the window in percent, 0-100. */
    public DataZoom setStart(Number start) {
        this.start = start;
        return this;
    }

    public Number getEnd() {
        return end;
    }

    public DataZoom setEnd(Number end) {
        this.end = end;
        return this;
    }

    /** Start of the window as an axis value (category name, date, number). */
    public DataZoom setStartValue(Object startValue) {
        this.startValue = startValue;
        return this;
    }

    public DataZoom setEndValue(Object endValue) {
        this.endValue = endValue;
        return this;
    }

    /** {@code filter}, {@code weakFilter}, {@code empty} or {@code none}. */
    public DataZoom setFilterMode(String filterMode) {
        this.filterMode = filterMode;
        return this;
    }

    public DataZoom setShow(Boolean show) {
        this.show = show;
        return this;
    }
}
