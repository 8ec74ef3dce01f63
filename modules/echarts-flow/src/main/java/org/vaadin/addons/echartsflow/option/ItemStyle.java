package org.vaadin.addons.echartsflow.option;

import java.util.Map;

/** How bars, points and areas are filled and outlined ({@code itemStyle}). */
public class ItemStyle extends OptionObject<ItemStyle> {
    private Object color;
    private String borderColor;
    private Number borderWidth;
    private String borderType;
    private Object borderRadius;
    private Number opacity;
    private Object decal;

    public Object getColor() {
        return color;
    }

    /** A CSS colour, or a gradient object built with {@link #set(String, Object)} style maps. */
    public ItemStyle setColor(Object color) {
        this.color = color;
        return this;
    }

    public ItemStyle setBorderColor(String borderColor) {
        this.borderColor = borderColor;
        return this;
    }

    public ItemStyle setBorderWidth(Number borderWidth) {
        this.borderWidth = borderWidth;
        return this;
    }

    /** {@code solid}, {@code dashed} or {@code dotted}. */
    public ItemStyle setBorderType(String borderType) {
        this.borderType = borderType;
        return this;
    }

    public ItemStyle setBorderRadius(Object borderRadius) {
        this.borderRadius = borderRadius;
        return this;
    }

    public ItemStyle setOpacity(Number opacity) {
        this.opacity = opacity;
        return this;
    }

    /**
     * A decal (pattern) drawn over the fill, so that items can be told apart without colour,
     * e.g. {@code Map.of("symbol", "rect", "dashArrayX", 4)}.
     */
    public ItemStyle setDecal(Map<String, Object> decal) {
        this.decal = decal;
        return this;
    }
}
