package org.vaadin.addons.echartsflow.option;

/**
 * Accessibility ({@code aria}). Enabled by default in {@link ChartOption}: ECharts then
 * writes a generated description of the chart into an {@code aria-label} on the chart.
 */
public class Aria extends OptionObject<Aria> {
    private Boolean enabled = Boolean.TRUE;
    private AriaLabel label;
    private Object decal;

    public Boolean getEnabled() {
        return enabled;
    }

    public Aria setEnabled(Boolean enabled) {
        this.enabled = enabled;
        return this;
    }

    public AriaLabel getLabel() {
        return label;
    }

    public Aria setLabel(AriaLabel label) {
        this.label = label;
        return this;
    }

    /** Replaces the generated description with a fixed one ({@code aria.label.description}). */
    public Aria setDescription(String description) {
        if (label == null) {
            label = new AriaLabel();
        }
        label.setDescription(description);
        return this;
    }

    /** Decal patterns ({@code aria.decal.show}) so series differ by more than colour. */
    public Aria setDecal(Boolean show) {
        this.decal = show == null ? null : java.util.Map.of("show", show);
        return this;
    }

    /** {@code aria.label}. */
    public static class AriaLabel extends OptionObject<AriaLabel> {
        private Boolean enabled;
        private String description;

        public Boolean getEnabled() {
            return enabled;
        }

        public AriaLabel setEnabled(Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        public String getDescription() {
            return description;
        }

        public AriaLabel setDescription(String description) {
            this.description = description;
            return this;
        }
    }
}
