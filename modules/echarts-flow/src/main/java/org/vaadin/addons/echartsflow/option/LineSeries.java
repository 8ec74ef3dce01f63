package org.vaadin.addons.echartsflow.option;

/** A {@code line} series. */
public class LineSeries extends Series<LineSeries> {

    public LineSeries() {
        super("line");
    }

    public LineSeries(String name) {
        this();
        setName(name);
    }
}
