package org.vaadin.addons.echartsflow.option;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A cartesian axis ({@code xAxis[i]} or {@code yAxis[i]}). */
public class Axis extends OptionObject<Axis> {
    private String type;
    private String name;
    private String nameLocation;
    private Object nameGap;
    private List<Object> data;
    private Object min;
    private Object max;
    private Object boundaryGap;
    private AxisLabel axisLabel;
    private Object axisTick;
    private Object axisPointer;
    private Object splitArea;
    private Object splitLine;
    private Boolean inverse;
    private String position;
    private Number interval;
    private Boolean scale;

    public Axis() {
    }

    public Axis(String type) {
        this.type = type;
    }

    public static Axis category(Object... data) {
        return new Axis("category").setData(Arrays.asList(data));
    }

    public static Axis category(List<?> data) {
        return new Axis("category").setData(data);
    }

    public static Axis value() {
        return new Axis("value");
    }

    public static Axis time() {
        return new Axis("time");
    }

    public static Axis log() {
        return new Axis("log");
    }

    public String getType() {
        return type;
    }

    /** {@code value}, {@code category}, {@code time} or {@code log}. */
    public Axis setType(String type) {
        this.type = type;
        return this;
    }

    public String getName() {
        return name;
    }

    public Axis setName(String name) {
        this.name = name;
        return this;
    }

    /** {@code start}, {@code middle} (or {@code center}) or {@code end}. */
    public Axis setNameLocation(String nameLocation) {
        this.nameLocation = nameLocation;
        return this;
    }

    public Axis setNameGap(Number nameGap) {
        this.nameGap = nameGap;
        return this;
    }

    public List<Object> getData() {
        return data;
    }

    /** Category names, in order. */
    public Axis setData(List<?> data) {
        this.data = data == null ? null : new ArrayList<>(data);
        return this;
    }

    public Object getMin() {
        return min;
    }

    /** A number, a date value, or {@code "dataMin"}. */
    public Axis setMin(Object min) {
        this.min = min;
        return this;
    }

    public Object getMax() {
        return max;
    }

    public Axis setMax(Object max) {
        this.max = max;
        return this;
    }

    /** {@code true}/{@code false} for category axes, {@code ["0%", "10%"]} for value axes. */
    public Axis setBoundaryGap(Object boundaryGap) {
        this.boundaryGap = boundaryGap;
        return this;
    }

    public AxisLabel getAxisLabel() {
        return axisLabel;
    }

    public Axis setAxisLabel(AxisLabel axisLabel) {
        this.axisLabel = axisLabel;
        return this;
    }

    /** Ticks at these values only (ECharts {@code axisTick.customValues}), e.g. where the custom labels are. */
    public Axis setCustomTicks(List<?> values) {
        this.axisTick = values == null ? null : Map.of("customValues", new ArrayList<>(values));
        return this;
    }

    /**
     * The axis pointer's label, and the heading of an axis tooltip, at these values with these texts
     * made on the server (a period's name, say): sent as {@code customValues} and
     * {@code customLabels} under {@code axisPointer.label}, which the {@code <echarts-flow>} element
     * turns into a formatter, as for {@link AxisLabel#setCustomLabels}. The pointer snaps to the
     * nearest data, so the values are the data's.
     */
    public Axis setPointerLabels(Map<?, String> textsByValue) {
        if (textsByValue == null) {
            axisPointer = null;
        } else {
            Map<String, Object> label = new java.util.LinkedHashMap<>();
            label.put("customValues", new ArrayList<>(textsByValue.keySet()));
            label.put("customLabels", new ArrayList<>(textsByValue.values()));
            Map<String, Object> pointer = new java.util.LinkedHashMap<>();
            pointer.put("snap", true);
            pointer.put("label", label);
            axisPointer = pointer;
        }
        return this;
    }

    /** Alternating background bands ({@code splitArea.show}). */
    public Axis setSplitArea(Boolean show) {
        this.splitArea = show == null ? null : Map.of("show", show);
        return this;
    }

    /** Grid lines ({@code splitLine.show}). */
    public Axis setSplitLine(Boolean show) {
        this.splitLine = show == null ? null : Map.of("show", show);
        return this;
    }

    public Axis setInverse(Boolean inverse) {
        this.inverse = inverse;
        return this;
    }

    /** {@code top}/{@code bottom} for x axes, {@code left}/{@code right} for y axes. */
    public Axis setPosition(String position) {
        this.position = position;
        return this;
    }

    public Axis setInterval(Number interval) {
        this.interval = interval;
        return this;
    }

    /** For value axes: do not force zero into the range. */
    public Axis setScale(Boolean scale) {
        this.scale = scale;
        return this;
    }
}
