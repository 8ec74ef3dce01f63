package dk.nextwork.development.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.vaadin.addons.echartsflow.option.Axis;
import org.vaadin.addons.echartsflow.option.ChartOption;
import org.vaadin.addons.echartsflow.option.DataZoom;
import org.vaadin.addons.echartsflow.option.Grid;
import org.vaadin.addons.echartsflow.option.ItemStyle;
import org.vaadin.addons.echartsflow.option.Label;
import org.vaadin.addons.echartsflow.option.Legend;
import org.vaadin.addons.echartsflow.option.LineSeries;
import org.vaadin.addons.echartsflow.option.LineStyle;
import org.vaadin.addons.echartsflow.option.MarkArea;
import org.vaadin.addons.echartsflow.option.Radar;
import org.vaadin.addons.echartsflow.option.RadarSeries;
import org.vaadin.addons.echartsflow.option.Tooltip;
import org.vaadin.addons.echartsflow.option.AreaStyle;

import dk.nextwork.development.CourseStretch;
import dk.nextwork.development.DevelopmentPicture;
import dk.nextwork.development.ScoreMovement;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.Score;
import dk.nextwork.reporting.ScoreSeries;
import dk.nextwork.reporting.ui.PeriodLabels;

/**
 * The visualisation's charts as ECharts options, from a {@link DevelopmentPicture}. Each line has
 * its own symbol and dash as well as its colour, so colour never carries meaning alone; all
 * colours have at least 4.5:1 contrast on white. Periods are drawn at their middle day, so a
 * month's score sits mid-month among its weeks.
 */
public final class DevelopmentCharts {

    static final List<String> COLOURS = List.of("#0b5cad", "#b3261e", "#1e7b34", "#7a3e9d", "#8a5a00", "#005f66");
    static final List<String> SYMBOLS = List.of("circle", "rect", "triangle", "diamond", "roundRect", "pin");
    static final List<String> DASHES = List.of("solid", "dashed", "dotted");
    static final String[] PLACEMENT_SHADES = {"rgba(11, 92, 173, 0.08)", "rgba(138, 90, 0, 0.10)"};
    /** The range shown at first: the latest half year, when the course is longer. */
    static final int FIRST_RANGE_DAYS = 183;

    private final String language;
    private final Locale locale;
    private final BiFunction<String, Object[], String> texts;

    public DevelopmentCharts(Locale locale, BiFunction<String, Object[], String> texts) {
        this.language = "en".equals(locale.getLanguage()) ? "en" : "da";
        this.locale = locale;
        this.texts = texts;
    }

    /** The six traits now against last time; a trait not rated at one of the two is left open there. */
    public ChartOption radar(DevelopmentPicture picture) {
        Radar radar = new Radar().setRadius("62%");
        List<Double> before = new ArrayList<>();
        List<Double> now = new ArrayList<>();
        for (ScoreMovement movement : picture.traitMovements()) {
            radar.addIndicator(new Radar.Indicator(movement.name().in(language), 100).setMin(0));
            before.add(movement.from().map(DevelopmentCharts::rounded).orElse(null));
            now.add(movement.to().map(DevelopmentCharts::rounded).orElse(null));
        }
        String beforeName = texts.apply("development.radar.before", new Object[0]);
        String nowName = texts.apply("development.radar.now", new Object[0]);
        RadarSeries series = new RadarSeries(texts.apply("development.radar.title", new Object[0]))
                .addItem(new RadarSeries.Item(beforeName, before).setSymbol("rect")
                        .setLineStyle(new LineStyle().setType("dashed").setWidth(2).setColor(COLOURS.get(4)))
                        .setItemStyle(new ItemStyle().setColor(COLOURS.get(4))))
                .addItem(new RadarSeries.Item(nowName, now).setSymbol("circle")
                        .setLineStyle(new LineStyle().setWidth(3).setColor(COLOURS.get(0)))
                        .setItemStyle(new ItemStyle().setColor(COLOURS.get(0)))
                        .setAreaStyle(new AreaStyle().setColor(COLOURS.get(0)).setOpacity(0.12)));
        return new ChartOption()
                .setLegend(new Legend().setData(beforeName, nowName).setBottom(0))
                .setTooltip(Tooltip.item().setConfine(true))
                .setRadar(radar)
                .setSeries(series);
    }

    /** The trend lines of the dimensions or of the traits over the whole course, with the placements shaded. */
    public ChartOption trend(DevelopmentPicture picture, boolean dimensions) {
        ChartOption option = new ChartOption()
                .setTooltip(Tooltip.item().setConfine(true))
                .setLegend(new Legend().setTop(0).setType("scroll"))
                .setGrid(new Grid().setLeft(8).setRight(16).setTop(64).setBottom(72).setContainLabel(true))
                .setXAxis(Axis.time())
                .setYAxis(Axis.value().setMin(0).setMax(100));
        List<ScoreSeries> shown = picture.history().series().stream().filter(series -> series.dimension() == dimensions).toList();
        Optional<LocalDate> first = Optional.empty();
        Optional<LocalDate> last = Optional.empty();
        for (int i = 0; i < shown.size(); i++) {
            ScoreSeries series = shown.get(i);
            LineSeries line = new LineSeries(series.name().in(language)).setId(series.target())
                    .setSymbol(SYMBOLS.get(i % SYMBOLS.size())).setSymbolSize(9).setConnectNulls(false)
                    .setLineStyle(new LineStyle().setWidth(2).setType(DASHES.get(i % DASHES.size())).setColor(COLOURS.get(i)))
                    .setItemStyle(new ItemStyle().setColor(COLOURS.get(i)));
            for (Score score : series.scores()) {
                line.addData(point(score));
                LocalDate day = middle(score.period());
                first = first.isEmpty() || day.isBefore(first.get()) ? Optional.of(day) : first;
                last = last.isEmpty() || day.isAfter(last.get()) ? Optional.of(day) : last;
            }
            if (i == 0) {
                line.setMarkArea(placements(picture.course()));
            }
            option.addSeries(line);
        }
        DataZoom slider = DataZoom.slider().setXAxisIndex(0).setFilterMode("none");
        DataZoom inside = DataZoom.inside().setXAxisIndex(0).setFilterMode("none");
        if (first.isPresent() && ChronoUnit.DAYS.between(first.get(), last.get()) > FIRST_RANGE_DAYS) {
            String from = last.get().minusDays(FIRST_RANGE_DAYS).toString();
            slider.setStartValue(from).setEndValue(last.get().toString());
            inside.setStartValue(from).setEndValue(last.get().toString());
        }
        return option.setDataZoom(slider, inside);
    }

    /** The score a clicked point stands for: series ids are targets, and every period is a point, missing ones too. */
    public static Optional<Score> scoreAt(DevelopmentPicture picture, String target, Integer dataIndex) {
        if (target == null || dataIndex == null) {
            return Optional.empty();
        }
        return picture.history().of(target).filter(series -> dataIndex >= 0 && dataIndex < series.scores().size())
                .map(series -> series.scores().get(dataIndex));
    }

    /** The period labels of a chart's points by their x value, for the rows of the accessible table. */
    public Map<String, String> periodLabels(DevelopmentPicture picture) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (ScoreSeries series : picture.history().series()) {
            for (Score score : series.scores()) {
                labels.putIfAbsent(middle(score.period()).toString(), label(score.period()));
            }
        }
        return labels;
    }

    public String label(Period period) {
        return PeriodLabels.period(period, locale, texts);
    }

    private Map<String, Object> point(Score score) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("name", label(score.period()));
        point.put("value", java.util.Arrays.asList(middle(score.period()).toString(),
                score.isMissing() ? null : rounded(score)));
        return point;
    }

    private MarkArea placements(List<CourseStretch> course) {
        MarkArea areas = new MarkArea().setSilent(true)
                .setLabel(new Label().setShow(true).setPosition("insideTop").setColor("#1f2a37"));
        for (int i = 0; i < course.size(); i++) {
            CourseStretch stretch = course.get(i);
            Map<String, Object> from = new LinkedHashMap<>();
            from.put("name", stretch.companyName());
            from.put("xAxis", stretch.start().toString());
            from.put("itemStyle", Map.of("color", PLACEMENT_SHADES[i % PLACEMENT_SHADES.length]));
            areas.addArea(from, Map.of("xAxis", stretch.lastDay().plusDays(1).toString()));
        }
        return areas;
    }

    static LocalDate middle(Period period) {
        return period.start().plusDays(ChronoUnit.DAYS.between(period.start(), period.end()) / 2);
    }

    static double rounded(Score score) {
        return Math.round(score.value().getAsDouble() * 10) / 10.0;
    }

    /** A movement in words: "Initiativ rose from 58 to 66." */
    public String inWords(ScoreMovement movement) {
        String name = movement.name().in(language);
        return switch (movement.direction()) {
            case ROSE -> texts.apply("development.move.rose", new Object[] {name, whole(movement.from()), whole(movement.to())});
            case FELL -> texts.apply("development.move.fell", new Object[] {name, whole(movement.from()), whole(movement.to())});
            case UNCHANGED -> texts.apply("development.move.unchanged", new Object[] {name, whole(movement.to())});
            case FIRST -> texts.apply("development.move.first", new Object[] {name, whole(movement.to())});
            case NONE -> texts.apply("development.move.none", new Object[] {name});
        };
    }

    private static long whole(Optional<Score> score) {
        return Math.round(score.orElseThrow().value().getAsDouble());
    }
}
