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

import org.vaadin.addons.echartsflow.option.AreaStyle;
import org.vaadin.addons.echartsflow.option.Aria;
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
import org.vaadin.addons.echartsflow.option.Series;
import org.vaadin.addons.echartsflow.option.Tooltip;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import dk.nextwork.development.CourseStretch;
import dk.nextwork.development.DevelopmentPicture;
import dk.nextwork.development.ScoreMovement;
import dk.nextwork.platform.i18n.Languages;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.Score;
import dk.nextwork.reporting.ScoreSeries;
import dk.nextwork.reporting.PeriodLabels;

/**
 * The visualisation's charts as ECharts options, from a {@link DevelopmentPicture}. Each line has
 * its own symbol and dash as well as its colour, so colour never carries meaning alone; all
 * colours have at least 4.5:1 contrast on white.
 */
public final class DevelopmentCharts {

    static final List<String> COLOURS = List.of("#0b5cad", "#b3261e", "#1e7b34", "#7a3e9d", "#8a5a00", "#005f66");
    static final List<String> SYMBOLS = List.of("circle", "rect", "triangle", "diamond", "roundRect", "pin");
    static final List<String> DASHES = List.of("solid", "dashed", "dotted");
    static final String TEXT = "#1f2a37";
    static final String[] PLACEMENT_SHADES = {"rgba(11, 92, 173, 0.08)", "rgba(138, 90, 0, 0.10)"};
    /** The range shown at first: the latest half year, when the course is longer. */
    static final int FIRST_RANGE_DAYS = 183;

    private final String language;
    private final Locale locale;
    private final BiFunction<String, Object[], String> texts;

    public DevelopmentCharts(Locale locale, BiFunction<String, Object[], String> texts) {
        this.language = Languages.of(locale);
        this.locale = locale;
        this.texts = texts;
    }

    /**
     * The six traits now against last time. A radar cannot leave a gap, and drawing a trait not
     * rated as 0 would lie, so a polygon is drawn only when every trait has a figure; the changes
     * in words below the chart tell each trait's story either way.
     */
    public static boolean radarDrawable(DevelopmentPicture picture) {
        return picture.traitMovements().stream().allMatch(movement -> movement.to().isPresent());
    }

    /** The radar's option; see {@link #radarDrawable}. */
    public ChartOption radar(DevelopmentPicture picture) {
        Radar radar = new Radar().setRadius("62%");
        radar.set("axisName", Map.of("color", TEXT));
        // on a phone the trait names need room around a smaller web
        Radar narrow = new Radar().setRadius("38%");
        narrow.set("axisName", Map.of("color", TEXT, "fontSize", 11));
        List<Double> before = new ArrayList<>();
        List<Double> now = new ArrayList<>();
        for (ScoreMovement movement : picture.traitMovements()) {
            radar.addIndicator(new Radar.Indicator(movement.name().in(language), 100).setMin(0));
            before.add(movement.from().map(DevelopmentCharts::rounded).orElse(null));
            now.add(movement.to().map(DevelopmentCharts::rounded).orElse(null));
        }
        String beforeName = text("development.radar.before");
        String nowName = text("development.radar.now");
        RadarSeries series = new RadarSeries(text("development.radar.title"));
        List<String> drawn = new ArrayList<>();
        if (!before.contains(null)) {
            series.addItem(new RadarSeries.Item(beforeName, before).setSymbol("rect")
                    .setLineStyle(new LineStyle().setType("dashed").setWidth(2).setColor(COLOURS.get(4)))
                    .setItemStyle(new ItemStyle().setColor(COLOURS.get(4))));
            drawn.add(beforeName);
        }
        if (!now.contains(null)) {
            series.addItem(new RadarSeries.Item(nowName, now).setSymbol("circle")
                    .setLineStyle(new LineStyle().setWidth(3).setColor(COLOURS.get(0)))
                    .setItemStyle(new ItemStyle().setColor(COLOURS.get(0)))
                    .setAreaStyle(new AreaStyle().setColor(COLOURS.get(0)).setOpacity(0.12)));
            drawn.add(nowName);
        }
        return new ChartOption()
                .setAria(new Aria().setDescription(text("development.aria.radar")))
                .setLegend(new Legend().setType("plain").setData(drawn).setBottom(0))
                .setTooltip(Tooltip.item().setConfine(true))
                .setRadar(radar)
                .setSeries(series)
                .addMedia(Map.of("maxWidth", 480), new ChartOption().setRadar(narrow));
    }

    /** The trend lines of the dimensions or of the traits over the whole course, with the placements shaded. */
    public ChartOption trend(DevelopmentPicture picture, boolean dimensions) {
        ChartOption option = new ChartOption()
                .setTooltip(Tooltip.item().setConfine(true))
                .setYAxis(Axis.value().setMin(0).setMax(100));
        List<ScoreSeries> shown = picture.history().series().stream().filter(series -> series.dimension() == dimensions).toList();
        List<String> names = shown.stream().map(series -> series.name().in(language)).toList();
        WrappingLegend.above(option, new Legend(), new Grid().setLeft(8).setRight(DateAxis.RIGHT).setBottom(72)
                .setContainLabel(true), names, 20);
        Optional<LocalDate> first = Optional.empty();
        for (int i = 0; i < shown.size(); i++) {
            ScoreSeries series = shown.get(i);
            LineSeries line = new LineSeries(series.name().in(language)).setId(series.target())
                    .setSymbol(SYMBOLS.get(i % SYMBOLS.size())).setSymbolSize(9).setConnectNulls(false)
                    .setLineStyle(new LineStyle().setWidth(2).setType(DASHES.get(i % DASHES.size())).setColor(COLOURS.get(i)))
                    .setItemStyle(new ItemStyle().setColor(COLOURS.get(i)));
            for (Score score : series.scores()) {
                line.addData(point(score, picture.today()));
                LocalDate day = day(score.period(), picture.today());
                first = first.isEmpty() || day.isBefore(first.get()) ? Optional.of(day) : first;
            }
            if (i == 0) {
                line.setMarkArea(placements(picture.course()));
            }
            option.addSeries(line);
        }
        // both charts span the same days: the whole course up to today
        for (CourseStretch stretch : picture.course()) {
            first = first.isEmpty() || stretch.start().isBefore(first.get()) ? Optional.of(stretch.start()) : first;
        }
        LocalDate today = picture.today();
        option.setXAxis(DateAxis.between(first.orElse(today), today, locale));
        option.setAria(new Aria().setDescription(texts.apply("development.aria.trend", new Object[] {String.join(", ", names)})));
        DataZoom slider = slider();
        DataZoom inside = DataZoom.inside().setXAxisIndex(0).setFilterMode("none");
        if (first.isPresent() && ChronoUnit.DAYS.between(first.get(), today) > FIRST_RANGE_DAYS) {
            String from = today.minusDays(FIRST_RANGE_DAYS).toString();
            slider.setStartValue(from).setEndValue(today.toString());
            inside.setStartValue(from).setEndValue(today.toString());
        }
        return option.setDataZoom(slider, inside);
    }

    /**
     * The zoom slider under a time axis, without the dates it would show beside its handles in
     * ECharts' own format: the axis above tells the range in the portal's.
     */
    static DataZoom slider() {
        return DataZoom.slider().setXAxisIndex(0).setFilterMode("none").set("showDetail", false);
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
                labels.putIfAbsent(day(score.period(), picture.today()).toString(), label(score.period()));
            }
        }
        return labels;
    }

    public String label(Period period) {
        return PeriodLabels.period(period, locale, texts);
    }

    private Map<String, Object> point(Score score, LocalDate today) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("name", label(score.period()));
        point.put("value", java.util.Arrays.asList(day(score.period(), today).toString(),
                score.isMissing() ? null : rounded(score)));
        return point;
    }

    private MarkArea placements(List<CourseStretch> course) {
        MarkArea areas = new MarkArea().setSilent(true)
                .setLabel(new Label().setShow(true).setPosition("insideTop").setColor(TEXT));
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

    /**
     * Where a period's score is drawn: on its last day, as a report counts in the period holding
     * its last day; the current period's score on today, as it stands so far.
     */
    static LocalDate day(Period period, LocalDate today) {
        return period.end().isAfter(today) ? today : period.end();
    }

    static double rounded(Score score) {
        return Math.round(score.value().getAsDouble() * 10) / 10.0;
    }

    /** Each trait's change since last time in words, as a list. */
    public UnorderedList changesInWords(DevelopmentPicture picture) {
        UnorderedList changes = new UnorderedList();
        changes.addClassName("trait-changes");
        for (ScoreMovement movement : picture.traitMovements()) {
            changes.add(new ListItem(inWords(movement)));
        }
        return changes;
    }

    /**
     * A trend chart's lines one by one, for their tables: each line has its own cadence, so a
     * table of its own has only its own periods as rows.
     */
    public static List<ChartOption> perLine(ChartOption trend) {
        List<ChartOption> lines = new ArrayList<>();
        for (Series<?> series : trend.getSeries()) {
            lines.add(new ChartOption().setXAxis(trend.getXAxis()).setYAxis(trend.getYAxis())
                    .setSeries(new LineSeries(series.getName()).setData(series.getData())));
        }
        return lines;
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

    private String text(String key) {
        return texts.apply(key, new Object[0]);
    }

    private static long whole(Optional<Score> score) {
        return Math.round(score.orElseThrow().value().getAsDouble());
    }
}
