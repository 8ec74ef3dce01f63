package org.vaadin.addons.echartsflow.option;

/** The drawing area of a cartesian chart ({@code grid}). */
public class Grid extends OptionObject<Grid> {
    private Object left;
    private Object right;
    private Object top;
    private Object bottom;
    private Boolean containLabel;

    public Grid setLeft(Object left) {
        this.left = left;
        return this;
    }

    public Grid setRight(Object right) {
        this.right = right;
        return this;
    }

    public Grid setTop(Object top) {
        this.top = top;
        return this;
    }

    public Grid setBottom(Object bottom) {
        this.bottom = bottom;
        return this;
    }

    /** Whether the margins include the axis labels, so long labels are not cut off. */
    public Grid setContainLabel(Boolean containLabel) {
        this.containLabel = containLabel;
        return this;
    }
}
