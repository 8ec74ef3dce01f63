package org.vaadin.addons.echartsflow.option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shaded ranges behind a series ({@code series[i].markArea}), e.g. periods or target bands.
 * Each area is a pair of corner points.
 */
public class MarkArea extends OptionObject<MarkArea> {
    private Boolean silent;
    private ItemStyle itemStyle;
    private Label label;
    private Emphasis emphasis;
    private List<List<Map<String, Object>>> data;

    /** A vertical band from {@code from} to {@code to} on the x axis: {@code [{name, xAxis: from}, {xAxis: to}]}. */
    public MarkArea addArea(String name, Object from, Object to) {
        return addPair("xAxis", name, from, to);
    }

    /** A horizontal band from {@code from} to {@code to} on the y axis: {@code [{name, yAxis: from}, {yAxis: to}]}. */
    public MarkArea addYArea(String name, Object from, Object to) {
        return addPair("yAxis", name, from, to);
    }

    /** An area given by its two raw corner objects, for anything the helpers do not cover. */
    public MarkArea addArea(Map<String, Object> start, Map<String, Object> end) {
        if (data == null) {
            data = new ArrayList<>();
        }
        data.add(List.of(new LinkedHashMap<>(start), new LinkedHashMap<>(end)));
        return this;
    }

    private MarkArea addPair(String axis, String name, Object from, Object to) {
        Map<String, Object> start = new LinkedHashMap<>();
        if (name != null) {
            start.put("name", name);
        }
        start.put(axis, from);
        Map<String, Object> end = new LinkedHashMap<>();
        end.put(axis, to);
        return addArea(start, end);
    }

    public List<List<Map<String, Object>>> getData() {
        return data;
    }

    /** Whether the area ignores the mouse (no tooltip, no click events). */
    public MarkArea setSilent(Boolean silent) {
        this.silent = silent;
        return this;
    }

    public MarkArea setItemStyle(ItemStyle itemStyle) {
        this.itemStyle = itemStyle;
        return this;
    }

    public MarkArea setLabel(Label label) {
        this.label = label;
        return this;
    }

    public MarkArea setEmphasis(Emphasis emphasis) {
        this.emphasis = emphasis;
        return this;
    }
}
