package org.vaadin.addons.echartsflow;

/** How ECharts draws: one canvas bitmap, or SVG elements (crisper when printed or zoomed). */
public enum ChartRenderer {
    CANVAS("canvas"),
    SVG("svg");

    private final String clientName;

    ChartRenderer(String clientName) {
        this.clientName = clientName;
    }

    /** The value of the element's {@code renderer} attribute, as {@code echarts.init} expects it. */
    public String getClientName() {
        return clientName;
    }
}
