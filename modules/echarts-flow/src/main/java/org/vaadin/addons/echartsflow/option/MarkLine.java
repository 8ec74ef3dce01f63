package org.vaadin.addons.echartsflow.option;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reference lines across a series ({@code series[i].markLine}), e.g. a target or a date. */
public class MarkLine extends OptionObject<MarkLine> {
    private Boolean silent;
    private Object symbol;
    private LineStyle lineStyle;
    private Label label;
    private List<Object> data;

    /** A vertical line at {@code value} on the x axis: {@code {name, xAxis: value}}. */
    public MarkLine addXLine(String name, Object value) {
        return addLine("xAxis", name, value);
    }

    /** A horizontal line at {@code value} on the y axis: {@code {name, yAxis: value}}. */
    public MarkLine addYLine(String name, Object value) {
        return addLine("yAxis", name, value);
    }

    /** A line from ECharts statistics: {@code type} is {@code average}, {@code min}, {@code max} or {@code median}. */
    public MarkLine addStatisticLine(String name, String type) {
        return addLine("type", name, type);
    }

    /** A raw data item (a map, or a pair of maps for a line between two points). */
    public MarkLine addRaw(Object item) {
        if (data == null) {
            data = new ArrayList<>();
        }
        data.add(item);
        return this;
    }

    private MarkLine addLine(String key, String name, Object value) {
        Map<String, Object> item = new LinkedHashMap<>();
        if (name != null) {
            item.put("name", name);
        }
        item.put(key, value);
        return addRaw(item);
    }

    public List<Object> getData() {
        return data;
    }

    public MarkLine setSilent(Boolean silent) {
        this.silent = silent;
        return this;
    }

    /** End symbols, e.g. {@code "none"} or {@code ["none", "arrow"]}. */
    public MarkLine setSymbol(Object symbol) {
        this.symbol = symbol;
        return this;
    }

    public MarkLine setSymbol(String start, String end) {
        this.symbol = Arrays.asList(start, end);
        return this;
    }

    public MarkLine setLineStyle(LineStyle lineStyle) {
        this.lineStyle = lineStyle;
        return this;
    }

    public MarkLine setLabel(Label label) {
        this.label = label;
        return this;
    }
}
