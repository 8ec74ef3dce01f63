package dk.nextwork.reporting.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.function.BiFunction;

import dk.nextwork.reporting.Instrument;
import dk.nextwork.reporting.Period;

/** How periods, dates and instruments read in the reporting views (and the development views), in the user's language. */
public final class PeriodLabels {

    private PeriodLabels() {
    }

    /** "uge 48 (23.11.–29.11.)", "november 2026", "2. halvår 2026". */
    public static String period(Period period, Locale locale, BiFunction<String, Object[], String> translation) {
        return switch (period.cadence()) {
            case WEEKLY -> translation.apply("reporting.period.week", new Object[] {
                    period.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), day(period.start(), locale), day(period.end(), locale)});
            case MONTHLY -> period.start().format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
            case HALF_YEARLY -> translation.apply("reporting.period.half", new Object[] {
                    period.start().getMonthValue() == 1 ? 1 : 2, period.start().getYear()});
        };
    }

    public static String date(java.time.LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    public static String moment(java.time.Instant instant, Locale locale) {
        return instant.atZone(dk.nextwork.reporting.Reports.DENMARK)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
    }

    private static String day(java.time.LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern("d/M", locale));
    }

    public static String instrumentKey(Instrument instrument) {
        return "reporting.instrument." + instrument.name().toLowerCase(Locale.ROOT);
    }

    /** The form's name in a URL: {@code weekly}, {@code monthly}, {@code questionnaire}. */
    static String slug(Instrument instrument) {
        return switch (instrument) {
            case WEEKLY_REPORT -> "weekly";
            case MONTHLY_ASSESSMENT -> "monthly";
            case QUESTIONNAIRE -> "questionnaire";
        };
    }

    static java.util.Optional<Instrument> instrument(String slug) {
        for (Instrument instrument : Instrument.values()) {
            if (slug(instrument).equals(slug)) {
                return java.util.Optional.of(instrument);
            }
        }
        return java.util.Optional.empty();
    }
}
