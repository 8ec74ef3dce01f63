package org.vaadin.addons.echartsflow.option;

import java.util.ArrayList;
import java.util.List;

/** The radar coordinate system ({@code radar}). */
public class Radar extends OptionObject<Radar> {
    private List<Indicator> indicator;
    private String shape;
    private Object radius;
    private Object center;
    private Number splitNumber;

    public List<Indicator> getIndicator() {
        return indicator;
    }

    public Radar setIndicator(List<Indicator> indicator) {
        this.indicator = indicator == null ? null : new ArrayList<>(indicator);
        return this;
    }

    public Radar addIndicator(Indicator indicator) {
        if (this.indicator == null) {
            this.indicator = new ArrayList<>();
        }
        this.indicator.add(indicator);
        return this;
    }

    public Radar addIndicator(String name, Number max) {
        return addIndicator(new Indicator(name, max));
    }

    /** {@code polygon} or {@code circle}. */
    public Radar setShape(String shape) {
        this.shape = shape;
        return this;
    }

    /** Pixels, a percentage, or a [inner, outer] pair. */
    public Radar setRadius(Object radius) {
        this.radius = radius;
        return this;
    }

    public Radar setCenter(Object center) {
        this.center = center;
        return this;
    }

    public Radar setSplitNumber(Number splitNumber) {
        this.splitNumber = splitNumber;
        return this;
    }

    /** One spoke of the radar ({@code radar.indicator[i]}). */
    public static class Indicator extends OptionObject<Indicator> {
        private String name;
        private Number max;
        private Number min;

        public Indicator() {
        }

        public Indicator(String name, Number max) {
            this.name = name;
            this.max = max;
        }

        public String getName() {
            return name;
        }

        public Indicator setName(String name) {
            this.name = name;
            return this;
        }

        public Number getMax() {
            return max;
        }

        public Indicator setMax(Number max) {
            this.max = max;
            return this;
        }

        public Number getMin() {
            return min;
        }

        public Indicator setMin(Number min) {
            this.min = min;
            return this;
        }
    }
}
