package org.vaadin.addons.echartsflow.option;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One series ({@code series[i]}). Subclasses fix the {@code type}. The properties here are
 * the ones shared by the cartesian types; ECharts ignores those a type does not use.
 *
 * <p>{@code null} elements of {@link #getData() data} are kept and sent as JSON {@code null},
 * which ECharts draws as a gap (or bridges with {@code connectNulls}).
 *
 * @param <T> the concrete series type
 */
public abstract class Series<T extends Series<T>> extends OptionObject<T> {
    private final String type;
    private String id;
    private String name;
    private List<Object> data;
    private Number xAxisIndex;
    private Number yAxisIndex;
    private String stack;
    private Object symbol;
    private Object symbolSize;
    private Boolean showSymbol;
    private Boolean connectNulls;
    private Object smooth;
    private Object step;
    private Map<String, Object> encode;
    private ItemStyle itemStyle;
    private LineStyle lineStyle;
    private AreaStyle areaStyle;
    private Label label;
    private Emphasis emphasis;
    private MarkArea markArea;
    private MarkLine markLine;
    private Tooltip tooltip;
    private Number z;

    protected Series(String type) {
        this.type = type;
    }

    public String getType() {
        return type;
    }

    public String getId() {
        return id;
    }

    /** A stable id lets {@code mergeOption} update this series rather than match it by position. */
    public T setId(String id) {
        this.id = id;
        return self();
    }

    public String getName() {
        return name;
    }

    public T setName(String name) {
        this.name = name;
        return self();
    }

    public List<Object> getData() {
        return data;
    }

    /**
     * The values: numbers (one per category), {@code [x, y]} pairs as lists or arrays, or
     * maps such as {@code {name, value}}. {@code null} elements are gaps.
     */
    public T setData(List<?> data) {
        this.data = data == null ? null : new ArrayList<>(data);
        return self();
    }

    /**
     * The values as arguments. Note that a single {@code List} argument is taken as the whole
     * data list by {@link #setData(List)}, not as one {@code [x, y]} item; use
     * {@link #addPoint(Object, Object)} or {@link #addData(Object)} for that.
     */
    public T setData(Object... data) {
        return setData(Arrays.asList(data));
    }

    /** Appends one value (or {@code null} for a gap). */
    public T addData(Object value) {
        if (data == null) {
            data = new ArrayList<>();
        }
        data.add(value);
        return self();
    }

    /** Appends an {@code [x, y]} point; a {@code null} y is a gap. */
    public T addPoint(Object x, Object y) {
        return addData(Arrays.asList(x, y));
    }

    public T setXAxisIndex(Number xAxisIndex) {
        this.xAxisIndex = xAxisIndex;
        return self();
    }

    public T setYAxisIndex(Number yAxisIndex) {
        this.yAxisIndex = yAxisIndex;
        return self();
    }

    /** Series with the same stack name are stacked on each other. */
    public T setStack(String stack) {
        this.stack = stack;
        return self();
    }

    /** {@code circle}, {@code rect}, {@code triangle}, {@code diamond}, {@code none}, ... */
    public T setSymbol(Object symbol) {
        this.symbol = symbol;
        return self();
    }

    public T setSymbolSize(Object symbolSize) {
        this.symbolSize = symbolSize;
        return self();
    }

    public T setShowSymbol(Boolean showSymbol) {
        this.showSymbol = showSymbol;
        return self();
    }

    /** {@code false} (the ECharts default) draws a gap at {@code null} values. */
    public T setConnectNulls(Boolean connectNulls) {
        this.connectNulls = connectNulls;
        return self();
    }

    /** {@code true} or a smoothness between 0 and 1. */
    public T setSmooth(Object smooth) {
        this.smooth = smooth;
        return self();
    }

    /** {@code true}, {@code start}, {@code middle} or {@code end}: a step line. */
    public T setStep(Object step) {
        this.step = step;
        return self();
    }

    /** Which data dimensions go to which axis, e.g. {@code {x: 0, y: 2}}. */
    public T setEncode(Map<String, Object> encode) {
        this.encode = encode;
        return self();
    }

    public ItemStyle getItemStyle() {
        return itemStyle;
    }

    public T setItemStyle(ItemStyle itemStyle) {
        this.itemStyle = itemStyle;
        return self();
    }

    public LineStyle getLineStyle() {
        return lineStyle;
    }

    public T setLineStyle(LineStyle lineStyle) {
        this.lineStyle = lineStyle;
        return self();
    }

    public AreaStyle getAreaStyle() {
        return areaStyle;
    }

    public T setAreaStyle(AreaStyle areaStyle) {
        this.areaStyle = areaStyle;
        return self();
    }

    public T setLabel(Label label) {
        this.label = label;
        return self();
    }

    public T setEmphasis(Emphasis emphasis) {
        this.emphasis = emphasis;
        return self();
    }

    public MarkArea getMarkArea() {
        return markArea;
    }

    public T setMarkArea(MarkArea markArea) {
        this.markArea = markArea;
        return self();
    }

    public MarkLine getMarkLine() {
        return markLine;
    }

    public T setMarkLine(MarkLine markLine) {
        this.markLine = markLine;
        return self();
    }

    public T setTooltip(Tooltip tooltip) {
        this.tooltip = tooltip;
        return self();
    }

    /** Drawing order; higher is on top. */
    public T setZ(Number z) {
        this.z = z;
        return self();
    }
}
