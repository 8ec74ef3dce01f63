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
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.platform.i18n.Languages;
import dk.nextwork.reporting.Cadence;
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
        List<String> names = new ArrayList<>();
        for (ScoreMovement movement : picture.traitMovements()) {
            names.add(movement.name().in(language));
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
                    .setItemStyle(new ItemStyle().setColor(COLOURS.get(4)))
                    .set("tooltip", Map.of("formatter", radarTooltip(beforeName, names, before))));
            drawn.add(beforeName);
        }
        if (!now.contains(null)) {
            series.addItem(new RadarSeries.Item(nowName, now).setSymbol("circle")
                    .setLineStyle(new LineStyle().setWidth(3).setColor(COLOURS.get(0)))
                    .setItemStyle(new ItemStyle().setColor(COLOURS.get(0)))
                    .setAreaStyle(new AreaStyle().setColor(COLOURS.get(0)).setOpacity(0.12))
                    .set("tooltip", Map.of("formatter", radarTooltip(nowName, names, now))));
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

    /**
     * The trend lines of the dimensions or of the traits over the whole course, with the placements
     * shaded. Each score is drawn on its period's last day, up to the end of the current week and
     * month, where the axis ends: a period in progress is drawn there as an open point (its score so
     * far), so a period begun yesterday has its own room instead of crowding the last one at the edge.
     */
    public ChartOption trend(DevelopmentPicture picture, boolean dimensions) {
        LocalDate last = axisEnd(picture.today());
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
                line.addData(point(picture, series, i, score, last));
                LocalDate day = pointDay(score.period(), last);
                first = first.isEmpty() || day.isBefore(first.get()) ? Optional.of(day) : first;
            }
            if (i == 0) {
                line.setMarkArea(placements(picture.course()));
            }
            option.addSeries(line);
        }
        // both charts span the same days: the whole course up to the end of the current periods
        for (CourseStretch stretch : picture.course()) {
            first = first.isEmpty() || stretch.start().isBefore(first.get()) ? Optional.of(stretch.start()) : first;
        }
        LocalDate today = picture.today();
        option.setXAxis(DateAxis.between(first.orElse(today), last, locale));
        option.setAria(new Aria().setDescription(texts.apply("development.aria.trend", new Object[] {String.join(", ", names)})));
        DataZoom slider = slider();
        DataZoom inside = DataZoom.inside().setXAxisIndex(0).setFilterMode("none");
        if (first.isPresent() && ChronoUnit.DAYS.between(first.get(), last) > FIRST_RANGE_DAYS) {
            String from = last.minusDays(FIRST_RANGE_DAYS).toString();
            slider.setStartValue(from).setEndValue(last.toString());
            inside.setStartValue(from).setEndValue(last.toString());
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

    /**
     * The periods of one line's points by their x value, for the rows of its accessible table
     * (lines of other cadences may share a day: each table names its own periods).
     */
    public Map<String, Period> periods(DevelopmentPicture picture, String target) {
        LocalDate last = axisEnd(picture.today());
        Map<String, Period> periods = new LinkedHashMap<>();
        picture.history().of(target).ifPresent(series -> series.scores()
                .forEach(score -> periods.putIfAbsent(pointDay(score.period(), last).toString(), score.period())));
        return periods;
    }

    /** A period as a table's row names it, "(i gang)" while it has not ended. */
    public String rowLabel(DevelopmentPicture picture, Period period) {
        return picture.inProgress(period) ? texts.apply("development.trend.periodInProgress", new Object[] {label(period)})
                : label(period);
    }

    public String label(Period period) {
        return PeriodLabels.period(period, locale, texts);
    }

    /**
     * One point: its period's name (the reports dialog's heading), its day and rounded score, and
     * a tooltip made here, so its figure reads as the portal writes numbers ("71,3"); a period in
     * progress has an open symbol of its line's shape and says so.
     */
    private Map<String, Object> point(DevelopmentPicture picture, ScoreSeries series, int line, Score score, LocalDate last) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("name", label(score.period()));
        point.put("value", java.util.Arrays.asList(pointDay(score.period(), last).toString(),
                score.isMissing() ? null : rounded(score)));
        if (score.isMissing()) {
            return point;
        }
        boolean inProgress = picture.inProgress(score.period());
        if (inProgress) {
            point.put("symbol", open(SYMBOLS.get(line % SYMBOLS.size())));
        }
        String figure = Formats.number(rounded(score), locale);
        String value = picture.levelShown(series.target(), score)
                .map(level -> texts.apply("development.figure.level", new Object[] {figure, text(level.key())}))
                .orElse(figure);
        List<String> lines = new ArrayList<>(List.of(series.name().in(language), label(score.period()) + ": " + value));
        if (inProgress) {
            lines.add(text("development.point.inProgress"));
        }
        point.put("tooltip", Map.of("formatter", tooltip(lines)));
        return point;
    }

    /** ECharts' open variant of a symbol: "emptyCircle", "emptyTriangle". */
    static String open(String symbol) {
        return "empty" + Character.toUpperCase(symbol.charAt(0)) + symbol.substring(1);
    }

    /** A radar item's tooltip: its name, then each trait's figure as the portal writes numbers. */
    private String radarTooltip(String name, List<String> traits, List<Double> values) {
        List<String> lines = new ArrayList<>(List.of(name));
        for (int i = 0; i < traits.size(); i++) {
            lines.add(traits.get(i) + ": " + Formats.number(values.get(i), locale));
        }
        return tooltip(lines);
    }

    /**
     * A tooltip's lines as ECharts shows a formatter string: HTML, so the texts are escaped, and a
     * template, so braces (its placeholders) are left out.
     */
    static String tooltip(List<String> lines) {
        List<String> escaped = new ArrayList<>();
        for (String line : lines) {
            escaped.add(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                    .replaceAll("[{}]", ""));
        }
        return String.join("<br/>", escaped);
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

    /** Where a trend chart draws a period's score: on its last day, or on the axis' last day if that is sooner. */
    static LocalDate pointDay(Period period, LocalDate axisEnd) {
        return period.end().isAfter(axisEnd) ? axisEnd : period.end();
    }

    /**
     * The last day of a trend chart's axis: the end of the current week and month, so a period in
     * progress is drawn where it will end (a half-year's, still months away, on that day).
     */
    static LocalDate axisEnd(LocalDate today) {
        LocalDate week = Period.of(Cadence.WEEKLY, today).end();
        LocalDate month = Period.of(Cadence.MONTHLY, today).end();
        return week.isAfter(month) ? week : month;
    }

    static double rounded(Score score) {
        return Math.round(score.value().getAsDouble() * 10) / 10.0;
    }

    /** Each trait's change since last time in words, as a list, the area chosen at the last conversation first. */
    public UnorderedList changesInWords(DevelopmentPicture picture) {
        UnorderedList changes = new UnorderedList();
        changes.addClassName("trait-changes");
        String focus = picture.lastConversation().map(last -> last.focus()).orElse("");
        List<ScoreMovement> movements = new ArrayList<>(picture.traitMovements());
        movements.sort(java.util.Comparator.comparing(movement -> !movement.target().equals(focus)));
        for (ScoreMovement movement : movements) {
            changes.add(new ListItem(inWords(movement, picture)));
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
                    .setSeries(new LineSeries(series.getName()).setId(series.getId()).setData(series.getData())));
        }
        return lines;
    }

    /** A movement in words: "Initiativ rose from 58 to 66." */
    public String inWords(ScoreMovement movement) {
        return inWords(movement, movement.to().map(score -> String.valueOf(Math.round(score.value().getAsDouble()))).orElse(""));
    }

    /**
     * A movement in words as the picture tells it: the latest figure with its level while the
     * series has few rated periods ("Initiativ rose from 38 to 45 (well under way)."), and whether
     * its period is still in progress.
     */
    public String inWords(ScoreMovement movement, DevelopmentPicture picture) {
        if (movement.to().isEmpty() || !movement.ratedSince()) {
            return inWords(movement);
        }
        Score latest = movement.to().get();
        String figure = String.valueOf(whole(movement.to()));
        String now = picture.levelShown(movement.target(), latest)
                .map(level -> texts.apply("development.figure.level", new Object[] {figure, text(level.key())}))
                .orElse(figure);
        String words = inWords(movement, now);
        return picture.inProgress(latest.period())
                ? words + " " + texts.apply("development.move.inProgress", new Object[] {label(latest.period())})
                : words;
    }

    private String inWords(ScoreMovement movement, String now) {
        String name = movement.name().in(language);
        return switch (movement.direction()) {
            case ROSE -> texts.apply("development.move.rose", new Object[] {name, whole(movement.from()), now});
            case FELL -> texts.apply("development.move.fell", new Object[] {name, whole(movement.from()), now});
            case UNCHANGED -> texts.apply("development.move.unchanged", new Object[] {name, now});
            case FIRST -> texts.apply("development.move.first", new Object[] {name, now});
            case NONE -> texts.apply("development.move.none", new Object[] {name});
            case NOT_RATED_SINCE -> texts.apply("development.move.notRatedSince", new Object[] {name});
        };
    }

    private String text(String key) {
        return texts.apply(key, new Object[0]);
    }

    private static long whole(Optional<Score> score) {
        return Math.round(score.orElseThrow().value().getAsDouble());
    }
}
