package dk.nextwork.development.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vaadin.addons.echartsflow.option.Axis;
import org.vaadin.addons.echartsflow.option.AxisLabel;

import dk.nextwork.platform.i18n.Formats;

/**
 * A chart's time axis from its first to its last day, its labels in one of the portal's date
 * formats for the whole axis, made by {@link Formats} on the server: the Mondays ("23.11."; every
 * other one beyond five weeks) when the axis spans up to nine weeks, else the first of each month
 * ("nov. 2026"), every third month beyond two years. Where a narrow chart has no room for them all, ECharts leaves some out
 * ({@code hideOverlap}) rather than drawing them over each other.
 */
final class DateAxis {

    /** The longest span labelled by its weeks. */
    static final int WEEKS_UP_TO_DAYS = 63;
    /** Beyond this span (and up to nine weeks), every other Monday is labelled. */
    static final int EVERY_OTHER_WEEK_FROM_DAYS = 35;
    /** Beyond this span, every third month is labelled. */
    static final int QUARTERS_FROM_DAYS = 731;

    /**
     * The room a chart leaves right of its plot: half the widest label ("sept. 2026"), so a label on
     * the last day is not cut off (ECharts' containLabel counts its own ticks, not custom labels).
     */
    static final int RIGHT = 32;

    private DateAxis() {
    }

    static Axis between(LocalDate first, LocalDate last, Locale locale) {
        Map<String, String> labels = labels(first, last, locale);
        // ECharts leaves out a label that touches another one; with room of its own (padding counts
        // only for a label with a background, here an invisible one) labels never touch either
        AxisLabel label = new AxisLabel().setHideOverlap(true).setCustomLabels(labels)
                .set("padding", List.of(0, 4)).set("backgroundColor", "rgba(0, 0, 0, 0)");
        return Axis.time().setMin(first.toString()).setMax(last.toString())
                .setCustomTicks(new ArrayList<>(labels.keySet())).setAxisLabel(label);
    }

    /** The labelled days (as ECharts reads them, {@code 2026-11-23}) and their labels, in order. */
    static Map<String, String> labels(LocalDate first, LocalDate last, Locale locale) {
        long span = ChronoUnit.DAYS.between(first, last);
        Map<String, String> labels = new LinkedHashMap<>();
        if (span <= WEEKS_UP_TO_DAYS) {
            int weeks = span > EVERY_OTHER_WEEK_FROM_DAYS ? 2 : 1;
            for (LocalDate monday = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)); !monday.isAfter(last);
                    monday = monday.plusWeeks(weeks)) {
                labels.put(monday.toString(), Formats.dayAndMonth(monday, locale));
            }
            return labels;
        }
        int step = span >= QUARTERS_FROM_DAYS ? 3 : 1;
        LocalDate month = first.withDayOfMonth(1);
        if (month.isBefore(first)) {
            month = month.plusMonths(1);
        }
        if (step == 3) {
            // January, April, July, October: the same months on every long axis
            month = month.plusMonths(Math.floorMod(1 - month.getMonthValue(), 3));
        }
        for (; !month.isAfter(last); month = month.plusMonths(step)) {
            labels.put(month.toString(), Formats.shortMonth(month, locale));
        }
        return labels;
    }
}
