package dk.nextwork.shell;

import com.vaadin.flow.component.HasStyle;

/**
 * The smallest height a control a person taps on a phone is given (WCAG 2.5.5's 44 CSS pixels),
 * for every module's views: the control carries it inline, so no module needs a stylesheet for it.
 */
public final class TouchTarget {

    public static final String MIN_HEIGHT = "44px";

    private TouchTarget() {
    }

    /** A Lumo text, number or text-area field whose input box is at least a touch target high. */
    public static <T extends HasStyle> T field(T field) {
        field.getStyle().set("--lumo-text-field-size", MIN_HEIGHT);
        return field;
    }

    /** A link in running text made at least a touch target high, its text centred in it. */
    public static <T extends HasStyle> T link(T link) {
        link.getStyle().set("display", "inline-flex").set("align-items", "center").set("min-height", MIN_HEIGHT);
        return link;
    }
}
