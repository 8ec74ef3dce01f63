package dk.nextwork.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A week (Monday to Sunday), calendar month or half-year that a report or score covers, named by a
 * key such as {@code 2026-W48}, {@code 2026-11} or {@code 2026-H2}.
 */
public record Period(Cadence cadence, LocalDate start) implements Comparable<Period> {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");

    /** The period of a cadence that a day falls in. */
    public static Period of(Cadence cadence, LocalDate day) {
        return new Period(cadence, switch (cadence) {
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> day.withDayOfMonth(1);
            case HALF_YEARLY -> LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
        });
    }

    /** The period a key names; empty for anything else. */
    public static java.util.Optional<Period> parse(String key) {
        if (key == null) {
            return java.util.Optional.empty();
        }
        try {
            Matcher week = WEEK.matcher(key);
            if (week.matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                        .with(DayOfWeek.MONDAY);
                Period period = new Period(Cadence.WEEKLY, monday);
                return period.key().equals(key) ? java.util.Optional.of(period) : java.util.Optional.empty();
            }
            Matcher month = MONTH.matcher(key);
            if (month.matches()) {
                return java.util.Optional.of(new Period(Cadence.MONTHLY,
                        LocalDate.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), 1)));
            }
            Matcher half = HALF.matcher(key);
            if (half.matches()) {
                return java.util.Optional.of(new Period(Cadence.HALF_YEARLY,
                        LocalDate.of(Integer.parseInt(half.group(1)), half.group(2).equals("1") ? 1 : 7, 1)));
            }
        } catch (java.time.DateTimeException notADate) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    public String key() {
        return switch (cadence) {
            case WEEKLY -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTHLY -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case HALF_YEARLY -> start.getYear() + "-H" + (start.getMonthValue() == 1 ? 1 : 2);
        };
    }

    /** The period's last day. */
    public LocalDate end() {
        return next().start.minusDays(1);
    }

    public Period next() {
        return new Period(cadence, switch (cadence) {
            case WEEKLY -> start.plusWeeks(1);
            case MONTHLY -> start.plusMonths(1);
            case HALF_YEARLY -> start.plusMonths(6);
        });
    }

    public Period previous() {
        return new Period(cadence, switch (cadence) {
            case WEEKLY -> start.minusWeeks(1);
            case MONTHLY -> start.minusMonths(1);
            case HALF_YEARLY -> start.minusMonths(6);
        });
    }

    /** Whether the period has not ended on a day: its score is as it stands so far, and a gap is not missing yet. */
    public boolean inProgressOn(LocalDate day) {
        return !end().isBefore(day);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end());
    }

    @Override
    public int compareTo(Period other) {
        return start.compareTo(other.start);
    }

    @Override
    public String toString() {
        return key();
    }
}
