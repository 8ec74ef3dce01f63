package dk.nextwork.platform.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import dk.nextwork.platform.time.PortalTime;

/**
 * How dates, times and numbers read in the portal's two languages, the one way for every view and
 * text: "1. dec. 2026", "1. dec. 2026 07.16", "23.11.", "17. nov.", "november 2026", "nov. 2026", "31,3",
 * "2, 3 og 4" in Danish; "1 Dec 2026", "1 Dec 2026, 07:16", "23/11", "17 Nov", "November 2026", "Nov 2026", "31.3",
 * "2, 3 and 4" in English. Instants are shown in the programme's time ({@link PortalTime#ZONE}).
 */
public final class Formats {

    private static final Locale BRITISH = Locale.UK;

    private Formats() {
    }

    /** The locale formats follow: Danish, or British English (day before month) for English. */
    public static Locale locale(Locale locale) {
        return Texts.language(locale).equals("en") ? BRITISH : Texts.DANISH;
    }

    public static String date(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(locale)));
    }

    /** The day of an instant, in the programme's time. */
    public static String date(Instant instant, Locale locale) {
        return date(PortalTime.dateOf(instant), locale);
    }

    public static String moment(Instant instant, Locale locale) {
        return moment(instant.atZone(PortalTime.ZONE).toLocalDateTime(), locale);
    }

    public static String moment(LocalDateTime moment, Locale locale) {
        return moment.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale(locale)));
    }

    /** Day and month without the year, for stretches within one season: "23.11.", "23/11". */
    public static String dayAndMonth(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern(Texts.language(locale).equals("en") ? "d/M" : "d.M.", locale(locale)));
    }

    /** The day of the week: "tirsdag", "Tuesday". */
    public static String weekday(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL, locale(locale));
    }

    /** A time of day: "14.00" in Danish, "14:00" in English. */
    public static String time(LocalTime time, Locale locale) {
        return time.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale(locale)));
    }

    /** The day and the month in words without the year, for a day of the current year in a line of text: "17. nov.", "17 Nov". */
    public static String dayAndShortMonth(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern(Texts.language(locale).equals("en") ? "d MMM" : "d. MMM", locale(locale)));
    }

    /** A month's name by itself, for choosing one: "marts", "March". */
    public static String monthName(java.time.Month month, Locale locale) {
        return month.getDisplayName(TextStyle.FULL_STANDALONE, locale(locale));
    }

    /** "november 2026", "November 2026". */
    public static String month(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale(locale)));
    }

    /** The month as dates abbreviate it, for a chart's axis: "nov. 2026", "Nov 2026". */
    public static String shortMonth(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern("MMM yyyy", locale(locale)));
    }

    /**
     * A number as the language writes it, with at most two decimals: "31,3" in Danish. No
     * thousands separator, so that a year or a count put into a text reads "2026", not "2.026".
     */
    public static String number(Number number, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale(locale));
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return number instanceof BigDecimal decimal ? format.format(decimal) : format.format(number.doubleValue());
    }

    /** A file's size as people read it: "820 kB", "1,4 MB" (a kilobyte of 1,024 bytes, never under 1 kB). */
    public static String fileSize(long bytes, Locale locale) {
        if (bytes < 1024L * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale(locale));
        format.setMaximumFractionDigits(1);
        format.setGroupingUsed(false);
        return format.format(bytes / (1024.0 * 1024)) + " MB";
    }

    /** Items as the language lists them, each as {@link #value}: "2, 3 og 4", "2, 3 and 4". */
    public static String list(List<?> items, Locale locale) {
        List<String> words = items.stream().map(item -> value(item, locale)).toList();
        if (words.size() < 2) {
            return String.join("", words);
        }
        String and = Texts.language(locale).equals("en") ? " and " : " og ";
        return String.join(", ", words.subList(0, words.size() - 1)) + and + words.get(words.size() - 1);
    }

    /**
     * A value put into a text: dates, moments and numbers as above, a {@link Localized} text in
     * the language, a list as the language lists it, anything else as it reads.
     */
    public static String value(Object value, Locale locale) {
        if (value instanceof List<?> items) {
            return list(items, locale);
        }
        if (value instanceof Localized text) {
            return text.in(Texts.language(locale));
        }
        if (value instanceof LocalDate date) {
            return date(date, locale);
        }
        if (value instanceof Instant instant) {
            return moment(instant, locale);
        }
        if (value instanceof ZonedDateTime zoned) {
            return moment(zoned.toInstant(), locale);
        }
        if (value instanceof LocalDateTime moment) {
            return moment(moment, locale);
        }
        if (value instanceof LocalTime time) {
            return time(time, locale);
        }
        if (value instanceof DayOfWeek day) {
            return weekday(day, locale);
        }
        if (value instanceof Number number) {
            return number(number, locale);
        }
        return String.valueOf(value);
    }
}
