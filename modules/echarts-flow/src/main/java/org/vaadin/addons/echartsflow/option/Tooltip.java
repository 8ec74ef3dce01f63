package org.vaadin.addons.echartsflow.option;

/** The tooltip ({@code tooltip}), chart-wide or per series. */
public class Tooltip extends OptionObject<Tooltip> {
    private String trigger;
    private Boolean show;
    private String formatter;
    private Object axisPointer;
    private Boolean confine;

    public Tooltip() {
    }

    public Tooltip(String trigger) {
        this.trigger = trigger;
    }

    public static Tooltip item() {
        return new Tooltip("item");
    }

    public static Tooltip axis() {
        return new Tooltip("axis");
    }

    public String getTrigger() {
        return trigger;
    }

    /** {@code item}, {@code axis} or {@code none}. */
    public Tooltip setTrigger(String trigger) {
        this.trigger = trigger;
        return this;
    }

    public Tooltip setShow(Boolean show) {
        this.show = show;
        return this;
    }

    public String getFormatter() {
        return formatter;
    }

    /** A string template such as <code>"{b}: {c}"</code>; functions cannot cross to the client. */
    public Tooltip setFormatter(String formatter) {
        this.formatter = formatter;
        return this;
    }

    /** {@code axisPointer.type}: {@code line}, {@code shadow}, {@code cross} or {@code none}. */
    public Tooltip setAxisPointerType(String type) {
        this.axisPointer = type == null ? null : java.util.Map.of("type", type);
        return this;
    }

    /** Keeps the tooltip inside the chart, which matters on narrow screens. */
    public Tooltip setConfine(Boolean confine) {
        this.confine = confine;
        return this;
    }
}
