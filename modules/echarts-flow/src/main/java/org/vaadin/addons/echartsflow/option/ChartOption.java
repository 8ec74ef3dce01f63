package org.vaadin.addons.echartsflow.option;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The root of an ECharts option: what {@code chart.setOption(...)} receives on the client.
 *
 * <p>Accessibility ({@code aria.enabled}) is on by default. When this object is used as a
 * partial option for {@code EChart.mergeOption}, the untouched default is left out so that a
 * merge carries only what the caller set.
 */
public class ChartOption extends OptionObject<ChartOption> {
    private Title title;
    private Aria aria = new Aria();
    private Legend legend;
    private Tooltip tooltip;
    private Grid grid;
    private List<Axis> xAxis;
    private List<Axis> yAxis;
    private Radar radar;
    private List<DataZoom> dataZoom;
    private VisualMap visualMap;
    private List<String> color;
    private Object backgroundColor;
    private Boolean animation;
    private TextStyle textStyle;
    private List<Series<?>> series;

    @JsonIgnore
    private transient boolean ariaIsDefault = true;
    @JsonIgnore
    private final List<Media> media = new ArrayList<>();

    /**
     * A responsive override (ECharts' {@code media}): when the chart's box matches the query
     * (e.g. {@code Map.of("maxWidth", 480)}), the partial option is applied on top of this one.
     * With media, the JSON becomes {@code {baseOption: ..., media: [...]}}.
     */
    public record Media(java.util.Map<String, Object> query, ChartOption option) {
    }

    public ChartOption addMedia(java.util.Map<String, Object> query, ChartOption option) {
        media.add(new Media(query, option));
        return this;
    }

    @JsonIgnore
    public List<Media> getMedia() {
        return java.util.Collections.unmodifiableList(media);
    }

    @Override
    public String toJson() {
        ObjectNode tree = (ObjectNode) OptionJson.tree(this);
        return withMedia(tree).toString();
    }

    private com.fasterxml.jackson.databind.JsonNode withMedia(ObjectNode base) {
        if (media.isEmpty()) {
            return base;
        }
        ObjectNode root = OptionJson.mapper().createObjectNode();
        root.set("baseOption", base);
        com.fasterxml.jackson.databind.node.ArrayNode list = root.putArray("media");
        for (Media one : media) {
            ObjectNode entry = list.addObject();
            entry.set("query", OptionJson.tree(one.query()));
            ObjectNode option = (ObjectNode) OptionJson.tree(one.option());
            if (one.option().isAriaDefault()) {
                option.remove("aria");
            }
            entry.set("option", option);
        }
        return root;
    }

    public Title getTitle() {
        return title;
    }

    public ChartOption setTitle(Title title) {
        this.title = title;
        return this;
    }

    /** Shortcut for {@code setTitle(new Title(text))}. */
    public ChartOption setTitle(String text) {
        return setTitle(new Title(text));
    }

    public Aria getAria() {
        return aria;
    }

    /** {@code null} leaves {@code aria} out of the JSON (ECharts then has it off). */
    public ChartOption setAria(Aria aria) {
        this.aria = aria;
        this.ariaIsDefault = false;
        return this;
    }

    public Legend getLegend() {
        return legend;
    }

    public ChartOption setLegend(Legend legend) {
        this.legend = legend;
        return this;
    }

    public Tooltip getTooltip() {
        return tooltip;
    }

    public ChartOption setTooltip(Tooltip tooltip) {
        this.tooltip = tooltip;
        return this;
    }

    public Grid getGrid() {
        return grid;
    }

    public ChartOption setGrid(Grid grid) {
        this.grid = grid;
        return this;
    }

    public List<Axis> getXAxis() {
        return xAxis;
    }

    public ChartOption setXAxis(Axis... axes) {
        this.xAxis = new ArrayList<>(Arrays.asList(axes));
        return this;
    }

    public ChartOption setXAxis(List<Axis> axes) {
        this.xAxis = axes == null ? null : new ArrayList<>(axes);
        return this;
    }

    public ChartOption addXAxis(Axis axis) {
        if (xAxis == null) {
            xAxis = new ArrayList<>();
        }
        xAxis.add(axis);
        return this;
    }

    public List<Axis> getYAxis() {
        return yAxis;
    }

    public ChartOption setYAxis(Axis... axes) {
        this.yAxis = new ArrayList<>(Arrays.asList(axes));
        return this;
    }

    public ChartOption setYAxis(List<Axis> axes) {
        this.yAxis = axes == null ? null : new ArrayList<>(axes);
        return this;
    }

    public ChartOption addYAxis(Axis axis) {
        if (yAxis == null) {
            yAxis = new ArrayList<>();
        }
        yAxis.add(axis);
        return this;
    }

    public Radar getRadar() {
        return radar;
    }

    public ChartOption setRadar(Radar radar) {
        this.radar = radar;
        return this;
    }

    public List<DataZoom> getDataZoom() {
        return dataZoom;
    }

    public ChartOption setDataZoom(DataZoom... dataZoom) {
        this.dataZoom = new ArrayList<>(Arrays.asList(dataZoom));
        return this;
    }

    public ChartOption setDataZoom(List<DataZoom> dataZoom) {
        this.dataZoom = dataZoom == null ? null : new ArrayList<>(dataZoom);
        return this;
    }

    public ChartOption addDataZoom(DataZoom zoom) {
        if (dataZoom == null) {
            dataZoom = new ArrayList<>();
        }
        dataZoom.add(zoom);
        return this;
    }

    public VisualMap getVisualMap() {
        return visualMap;
    }

    public ChartOption setVisualMap(VisualMap visualMap) {
        this.visualMap = visualMap;
        return this;
    }

    public List<String> getColor() {
        return color;
    }

    /** The palette series take their colours from, in order. */
    public ChartOption setColor(String... colors) {
        this.color = new ArrayList<>(Arrays.asList(colors));
        return this;
    }

    public ChartOption setColor(List<String> colors) {
        this.color = colors == null ? null : new ArrayList<>(colors);
        return this;
    }

    public Object getBackgroundColor() {
        return backgroundColor;
    }

    public ChartOption setBackgroundColor(Object backgroundColor) {
        this.backgroundColor = backgroundColor;
        return this;
    }

    /** {@code false} for users who prefer reduced motion, and for stable screenshots. */
    public ChartOption setAnimation(Boolean animation) {
        this.animation = animation;
        return this;
    }

    public ChartOption setTextStyle(TextStyle textStyle) {
        this.textStyle = textStyle;
        return this;
    }

    public List<Series<?>> getSeries() {
        return series;
    }

    public ChartOption setSeries(Series<?>... series) {
        this.series = new ArrayList<>(Arrays.asList(series));
        return this;
    }

    public ChartOption setSeries(List<? extends Series<?>> series) {
        this.series = series == null ? null : new ArrayList<>(series);
        return this;
    }

    public ChartOption addSeries(Series<?> s) {
        if (series == null) {
            series = new ArrayList<>();
        }
        series.add(s);
        return this;
    }

    /**
     * This option as JSON for a merge: like {@link #toJson()} but without the default
     * {@code aria} block, so that a partial option carries only what was set on it.
     */
    public String toMergeJson() {
        ObjectNode tree = (ObjectNode) OptionJson.tree(this);
        if (isAriaDefault()) {
            tree.remove("aria");
        }
        return withMedia(tree).toString();
    }

    /** Whether {@code aria} is still the default block that {@link #toMergeJson()} leaves out. */
    @JsonIgnore
    public boolean isAriaDefault() {
        return ariaIsDefault && aria != null && OptionJson.tree(aria).equals(OptionJson.tree(new Aria()));
    }
}
