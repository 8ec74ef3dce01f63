package org.vaadin.addons.echartsflow.option;

/** A {@code heatmap} series. */
public class HeatmapSeries extends Series<HeatmapSeries> {

    public HeatmapSeries() {
        super("heatmap");
    }

    public HeatmapSeries(String name) {
        this();
        setName(name);
    }
}
