package dk.nextwork.development.ui;

import java.util.List;
import java.util.Map;

import org.vaadin.addons.echartsflow.option.ChartOption;
import org.vaadin.addons.echartsflow.option.Grid;
import org.vaadin.addons.echartsflow.option.Legend;

/**
 * A legend above the plot that shows every line: ECharts' plain legend wraps onto as many rows as
 * the chart's width needs, where a scroll legend would hide lines behind its paging arrows.
 * ECharts does not move the plot for the rows, so the grid's top is set below the last one for
 * each range of chart widths (media queries), counted from the names' widths estimated on the
 * wide side: a little more room rather than a line over the legend.
 */
final class WrappingLegend {

    /** A row: ECharts' 14 px symbol and 10 px gap. */
    static final int ROW = 24;
    /** The legend's own padding (ECharts' 5 px). */
    static final int PADDING = 5;
    /** A legend item besides its name: the 25 px symbol and the 5 px before the name. */
    static final int SYMBOL = 30;
    /** Between items in a row (ECharts' itemGap). */
    static final int GAP = 10;
    /** An estimate of a 12 px sans-serif letter, on the wide side. */
    static final double LETTER = 6.5;
    /**
     * Where the rows are counted again, widest first (the last matching media query wins): below a
     * desktop's chart, a tablet's, a phone's across and upright.
     */
    static final List<Integer> WIDTHS = List.of(960, 800, 640, 480, 400, 320);
    /** The narrowest chart counted for: a 320 px phone's content. */
    static final int NARROWEST = 260;

    private WrappingLegend() {
    }

    /**
     * Puts the legend at the top of the chart and the grid's top {@code below} pixels under its last
     * row, at every width.
     */
    static ChartOption above(ChartOption option, Legend legend, Grid grid, List<String> names, int below) {
        option.setLegend(legend.setType("plain").setTop(0));
        option.setGrid(grid.setTop(top(names, WIDTHS.get(0), below)));
        for (int i = 0; i < WIDTHS.size(); i++) {
            int narrowest = i + 1 < WIDTHS.size() ? WIDTHS.get(i + 1) : NARROWEST;
            option.addMedia(Map.of("maxWidth", WIDTHS.get(i)), new ChartOption().setGrid(new Grid().setTop(top(names, narrowest, below))));
        }
        return option;
    }

    static int top(List<String> names, int width, int below) {
        return PADDING + rows(names, width) * ROW + below;
    }

    /** How many rows the names take on a chart this wide. */
    static int rows(List<String> names, int width) {
        double room = width - 2 * PADDING;
        double x = 0;
        int rows = 1;
        for (String name : names) {
            double item = SYMBOL + name.length() * LETTER;
            if (x > 0 && x + item > room) {
                rows++;
                x = 0;
            }
            x += item + GAP;
        }
        return rows;
    }
}
