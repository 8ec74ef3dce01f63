package org.vaadin.addons.echartsflow.option;

/** The fill under a line or inside a radar polygon ({@code areaStyle}); empty means "fill with the series colour". */
public class AreaStyle extends OptionObject<AreaStyle> {
    private Object color;
    private Number opacity;
    private Object origin;

    public AreaStyle setColor(Object color) {
        this.color = color;
        return this;
    }

    public AreaStyle setOpacity(Number opacity) {
        this.opacity = opacity;
        return this;
    }

    /** {@code auto}, {@code start}, {@code end} or a number. */
    public AreaStyle setOrigin(Object origin) {
        this.origin = origin;
        return this;
    }
}
