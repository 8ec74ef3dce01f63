package org.vaadin.addons.echartsflow.option;

/** A {@code scatter} series. */
public class ScatterSeries extends Series<ScatterSeries> {

    public ScatterSeries() {
        super("scatter");
    }

    public ScatterSeries(String name) {
        this();
        setName(name);
    }
}
