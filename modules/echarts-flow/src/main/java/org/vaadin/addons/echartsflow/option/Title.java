package org.vaadin.addons.echartsflow.option;

/** The chart title ({@code title}). */
public class Title extends OptionObject<Title> {
    private String text;
    private String subtext;
    private Object left;
    private Object top;
    private Boolean show;

    public Title() {
    }

    public Title(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }

    public Title setText(String text) {
        this.text = text;
        return this;
    }

    public String getSubtext() {
        return subtext;
    }

    public Title setSubtext(String subtext) {
        this.subtext = subtext;
        return this;
    }

    /** Pixels, a percentage such as {@code "10%"}, or {@code left|center|right}. */
    public Title setLeft(Object left) {
        this.left = left;
        return this;
    }

    public Title setTop(Object top) {
        this.top = top;
        return this;
    }

    public Title setShow(Boolean show) {
        this.show = show;
        return this;
    }
}
