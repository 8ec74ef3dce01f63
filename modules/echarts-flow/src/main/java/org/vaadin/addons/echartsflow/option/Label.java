package org.vaadin.addons.echartsflow.option;

/** Text drawn on the chart next to items ({@code label}). */
public class Label extends OptionObject<Label> {
    private Boolean show;
    private String position;
    private String formatter;
    private String color;
    private Number fontSize;

    public Label() {
    }

    public static Label shown() {
        return new Label().setShow(true);
    }

    public Boolean getShow() {
        return show;
    }

    public Label setShow(Boolean show) {
        this.show = show;
        return this;
    }

    /** E.g. {@code top}, {@code inside}, {@code insideTop}, {@code end}. */
    public Label setPosition(String position) {
        this.position = position;
        return this;
    }

    /** A template such as <code>"{b}: {c}"</code>. */
    public Label setFormatter(String formatter) {
        this.formatter = formatter;
        return this;
    }

    public Label setColor(String color) {
        this.color = color;
        return this;
    }

    public Label setFontSize(Number fontSize) {
        this.fontSize = fontSize;
        return this;
    }
}
