package dk.nextwork.development.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.vaadin.addons.echartsflow.option.AreaStyle;
import org.vaadin.addons.echartsflow.option.Aria;
import org.vaadin.addons.echartsflow.option.Axis;
import org.vaadin.addons.echartsflow.option.ChartOption;
import org.vaadin.addons.echartsflow.option.DataZoom;
import org.vaadin.addons.echartsflow.option.Grid;
import org.vaadin.addons.echartsflow.option.ItemStyle;
import org.vaadin.addons.echartsflow.option.Legend;
import org.vaadin.addons.echartsflow.option.LineSeries;
import org.vaadin.addons.echartsflow.option.LineStyle;
import org.vaadin.addons.echartsflow.option.Tooltip;

import dk.nextwork.development.Band;
import dk.nextwork.development.CohortSeries;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.platform.i18n.Texts;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.PeriodLabels;

/**
 * A dimension's spread across a cohort as an ECharts option: the median as a solid line with
 * round symbols, the quartiles as dashed lines, and the band between them shaded (stacked from an
 * invisible base), so the figure reads without colour.
 */
final class CohortCharts {

    private static final String MEDIAN = DevelopmentCharts.COLOURS.get(0);
    private static final String QUARTILE = DevelopmentCharts.COLOURS.get(4);

    private final Locale locale;
    private final BiFunction<String, Object[], String> texts;
    private final LocalDate today;
    private final Map<String, String> periods = new HashMap<>();

    /** Charts of a cohort picture as it stands on {@code today} (the picture's). */
    CohortCharts(Locale locale, BiFunction<String, Object[], String> texts, LocalDate today) {
        this.locale = locale;
        this.texts = texts;
        this.today = today;
    }

    ChartOption spread(CohortSeries series) {
        LineSeries base = new LineSeries("base").setStack("band").setSymbol("none")
                .setLineStyle(new LineStyle().setOpacity(0)).setTooltip(new Tooltip().setShow(false));
        LineSeries band = new LineSeries(text("development.cohort.band")).setStack("band").setSymbol("none")
                .setLineStyle(new LineStyle().setOpacity(0)).setAreaStyle(new AreaStyle().setColor(MEDIAN).setOpacity(0.15))
                .setTooltip(new Tooltip().setShow(false));
        base.set("silent", true);
        band.set("silent", true);
        LineSeries lower = quartile(text("development.cohort.lower"), "triangle");
        LineSeries upper = quartile(text("development.cohort.upper"), "diamond");
        LineSeries median = new LineSeries(text("development.cohort.median")).setSymbol("circle").setSymbolSize(8)
                .setLineStyle(new LineStyle().setWidth(3).setColor(MEDIAN)).setItemStyle(new ItemStyle().setColor(MEDIAN));
        for (Band one : series.bands()) {
            String x = x(one);
            String tooltip = tooltip(one, x);
            base.addData(Arrays.asList(x, round(one.lowerQuartile())));
            band.addData(Arrays.asList(x, round(one.upperQuartile() - one.lowerQuartile())));
            lower.addData(point(x, one.lowerQuartile(), tooltip));
            upper.addData(point(x, one.upperQuartile(), tooltip));
            median.addData(point(x, one.median(), tooltip));
        }
        List<String> names = List.of(text("development.cohort.median"), text("development.cohort.lower"),
                text("development.cohort.upper"));
        ChartOption option = new ChartOption()
                .setAria(new Aria().setDescription(texts.apply("development.aria.cohort",
                        new Object[] {series.name().in(Texts.language(locale))})))
                .setTooltip(Tooltip.item().setConfine(true))
                .setXAxis(axis(series).setPointerLabels(periodsOf(series)))
                .setYAxis(Axis.value().setMin(0).setMax(100))
                .setDataZoom(DevelopmentCharts.slider(), DataZoom.inside().setXAxisIndex(0).setFilterMode("none"))
                .setSeries(base, band, lower, upper, median);
        return WrappingLegend.above(option, new Legend().setData(names),
                new Grid().setLeft(8).setRight(DateAxis.RIGHT).setBottom(64).setContainLabel(true), names, 16);
    }

    /**
     * From the first band's day to the last's; a single band (or bands on one day) from the start
     * of its period, so the axis spans days rather than the hours of one.
     */
    private Axis axis(CohortSeries series) {
        List<Period> periods = series.bands().stream().map(Band::period).sorted().toList();
        if (periods.isEmpty()) {
            return DateAxis.between(today, today, locale);
        }
        if (series.cadence() == Cadence.HALF_YEARLY) { // whole half-years, not the days or hours of one
            return DateAxis.between(periods.get(0).start(), periods.get(periods.size() - 1).end(), locale);
        }
        LocalDate first = DevelopmentCharts.day(periods.get(0), today);
        LocalDate last = DevelopmentCharts.day(periods.get(periods.size() - 1), today);
        return DateAxis.between(first.isBefore(last) ? first : periods.get(0).start(), last, locale);
    }

    /** The tooltip's heading at each band's day: its period as the tables name it ("september 2026"). */
    private Map<String, String> periodsOf(CohortSeries series) {
        Map<String, String> named = new LinkedHashMap<>();
        for (Band one : series.bands()) {
            String x = x(one);
            named.put(x, periodOf(x));
        }
        return named;
    }

    /** A band's point, with a tooltip made here so its figures read as the portal writes numbers ("71,3"). */
    private static Map<String, Object> point(String x, double value, String tooltip) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("value", Arrays.asList(x, round(value)));
        point.put("tooltip", Map.of("formatter", tooltip));
        return point;
    }

    /** What a band says at its period: the median, the quartiles and how many young people it stands on. */
    private String tooltip(Band band, String x) {
        return DevelopmentCharts.tooltip(List.of(periodOf(x),
                text("development.cohort.median") + ": " + Formats.number(round(band.median()), locale),
                text("development.cohort.lower") + ": " + Formats.number(round(band.lowerQuartile()), locale),
                text("development.cohort.upper") + ": " + Formats.number(round(band.upperQuartile()), locale),
                text("development.cohort.people") + ": " + Formats.number(band.people(), locale)));
    }

    /** The same figures for the accessible table: median, quartiles and how many young people. */
    ChartOption table(CohortSeries series) {
        LineSeries median = new LineSeries(text("development.cohort.median"));
        LineSeries lower = new LineSeries(text("development.cohort.lower"));
        LineSeries upper = new LineSeries(text("development.cohort.upper"));
        LineSeries people = new LineSeries(text("development.cohort.people"));
        for (Band one : series.bands()) {
            String x = x(one);
            median.addData(Arrays.asList(x, round(one.median())));
            lower.addData(Arrays.asList(x, round(one.lowerQuartile())));
            upper.addData(Arrays.asList(x, round(one.upperQuartile())));
            people.addData(Arrays.asList(x, one.people()));
        }
        return new ChartOption().setXAxis(Axis.time()).setYAxis(Axis.value()).setSeries(median, lower, upper, people);
    }

    String periodOf(Object x) {
        return periods.getOrDefault(String.valueOf(x), String.valueOf(x));
    }

    private String x(Band band) {
        String x = DevelopmentCharts.day(band.period(), today).toString();
        periods.putIfAbsent(x, PeriodLabels.period(band.period(), locale, texts));
        return x;
    }

    /** Ticks at least half a year apart over whole half-years, so a few points are not spread over hours or days. */
    private LineSeries quartile(String name, String symbol) {
        return new LineSeries(name).setSymbol(symbol).setSymbolSize(7)
                .setLineStyle(new LineStyle().setType("dashed").setWidth(1.5).setColor(QUARTILE))
                .setItemStyle(new ItemStyle().setColor(QUARTILE));
    }

    private String text(String key) {
        return texts.apply(key, new Object[0]);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
