package org.vaadin.addons.echartsflow.option;

/** How an item looks while hovered or focused ({@code emphasis}). */
public class Emphasis extends OptionObject<Emphasis> {
    private String focus;
    private Boolean disabled;
    private ItemStyle itemStyle;
    private LineStyle lineStyle;
    private AreaStyle areaStyle;
    private Label label;

    /** {@code none}, {@code self} or {@code series}: what stays bright while others fade. */
    public Emphasis setFocus(String focus) {
        this.focus = focus;
        return this;
    }

    public Emphasis setDisabled(Boolean disabled) {
        this.disabled = disabled;
        return this;
    }

    public Emphasis setItemStyle(ItemStyle itemStyle) {
        this.itemStyle = itemStyle;
        return this;
    }

    public Emphasis setLineStyle(LineStyle lineStyle) {
        this.lineStyle = lineStyle;
        return this;
    }

    public Emphasis setAreaStyle(AreaStyle areaStyle) {
        this.areaStyle = areaStyle;
        return this;
    }

    public Emphasis setLabel(Label label) {
        this.label = label;
        return this;
    }
}
