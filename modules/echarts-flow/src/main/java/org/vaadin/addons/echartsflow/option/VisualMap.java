package org.vaadin.addons.echartsflow.option;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maps values to colours ({@code visualMap}); a heatmap needs one. */
public class VisualMap extends OptionObject<VisualMap> {
    private String type;
    private Number min;
    private Number max;
    private Boolean calculable;
    private String orient;
    private Object left;
    private Object right;
    private Object top;
    private Object bottom;
    private Map<String, Object> inRange;
    private Object dimension;
    private Boolean show;
    private Object text;

    public VisualMap() {
    }

    public VisualMap(Number min, Number max) {
        this.min = min;
        this.max = max;
    }

    /** {@code continuous} (the default) or {@code piecewise}. */
    public VisualMap setType(String type) {
        this.type = type;
        return this;
    }

    public VisualMap setMin(Number min) {
        this.min = min;
        return this;
    }

    public VisualMap setMax(Number max) {
        this.max = max;
        return this;
    }

    /** Shows handles that filter the range. */
    public VisualMap setCalculable(Boolean calculable) {
        this.calculable = calculable;
        return this;
    }

    public VisualMap setOrient(String orient) {
        this.orient = orient;
        return this;
    }

    public VisualMap setLeft(Object left) {
        this.left = left;
        return this;
    }

    public VisualMap setRight(Object right) {
        this.right = right;
        return this;
    }

    public VisualMap setTop(Object top) {
        this.top = top;
        return this;
    }

    public VisualMap setBottom(Object bottom) {
        this.bottom = bottom;
        return this;
    }

    /** Colours from {@code min} to {@code max} ({@code inRange.color}). */
    public VisualMap setInRangeColors(String... colors) {
        if (inRange == null) {
            inRange = new LinkedHashMap<>();
        }
        inRange.put("color", new ArrayList<>(Arrays.asList(colors)));
        return this;
    }

    /** Which value dimension is mapped; for heatmap data {@code [x, y, value]} that is 2. */
    public VisualMap setDimension(Object dimension) {
        this.dimension = dimension;
        return this;
    }

    public VisualMap setShow(Boolean show) {
        this.show = show;
        return this;
    }

    /** Labels at the high and low ends: {@code [high, low]}. */
    public VisualMap setText(String high, String low) {
        this.text = Arrays.asList(high, low);
        return this;
    }
}
