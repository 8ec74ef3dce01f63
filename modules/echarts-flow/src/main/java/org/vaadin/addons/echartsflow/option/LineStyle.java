package org.vaadin.addons.echartsflow.option;

/** How a line is drawn ({@code lineStyle}). */
public class LineStyle extends OptionObject<LineStyle> {
    private Object color;
    private Number width;
    private Object type;
    private Number opacity;

    public LineStyle() {
    }

    public static LineStyle dashed() {
        return new LineStyle().setType("dashed");
    }

    public static LineStyle dotted() {
        return new LineStyle().setType("dotted");
    }

    public LineStyle setColor(Object color) {
        this.color = color;
        return this;
    }

    public LineStyle setWidth(Number width) {
        this.width = width;
        return this;
    }

    public Object getType() {
        return type;
    }

    /** {@code solid}, {@code dashed}, {@code dotted}, or a dash array such as {@code [5, 10]}. */
    public LineStyle setType(Object type) {
        this.type = type;
        return this;
    }

    public LineStyle setOpacity(Number opacity) {
        this.opacity = opacity;
        return this;
    }
}
