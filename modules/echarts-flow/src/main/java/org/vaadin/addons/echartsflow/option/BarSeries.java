package org.vaadin.addons.echartsflow.option;

/** A {@code bar} series. */
public class BarSeries extends Series<BarSeries> {

    public BarSeries() {
        super("bar");
    }

    public BarSeries(String name) {
        this();
        setName(name);
    }
}
