package org.vaadin.addons.echartsflow;

/** The built-in ECharts themes. */
public enum ChartTheme {
    LIGHT("light"),
    DARK("dark");

    private final String clientName;

    ChartTheme(String clientName) {
        this.clientName = clientName;
    }

    /** The value of the element's {@code chart-theme} attribute. */
    public String getClientName() {
        return clientName;
    }
}
