package dk.nextwork.reporting.ui;

import com.vaadin.flow.component.HasStyle;

/**
 * The smallest height a control on the report forms is given, so a thumb hits it on a phone
 * (WCAG 2.5.5's 44 CSS pixels). The reporting module has no stylesheet of its own, so the
 * controls carry it inline.
 */
final class TouchTarget {

    static final String MIN_HEIGHT = "44px";

    private TouchTarget() {
    }

    /** A Lumo text, number or text-area field whose input box is at least a touch target high. */
    static <T extends HasStyle> T field(T field) {
        field.getStyle().set("--lumo-text-field-size", MIN_HEIGHT);
        return field;
    }
}
