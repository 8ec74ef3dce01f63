package dk.nextwork.reporting;

import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.function.BiFunction;

import dk.nextwork.platform.i18n.Formats;

/** How a report's period and its instrument read in the user's language (reporting and development views share it). */
public final class PeriodLabels {

    private PeriodLabels() {
    }

    /** "uge 48 (23.11.–29.11.)", "november 2026", "2. halvår 2026". */
    public static String period(Period period, Locale locale, BiFunction<String, Object[], String> translation) {
        return switch (period.cadence()) {
            case WEEKLY -> translation.apply("reporting.period.week", new Object[] {
                    period.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), Formats.dayAndMonth(period.start(), locale),
                    Formats.dayAndMonth(period.end(), locale)});
            case MONTHLY -> Formats.month(period.start(), locale);
            case HALF_YEARLY -> translation.apply("reporting.period.half", new Object[] {
                    period.start().getMonthValue() == 1 ? 1 : 2, period.start().getYear()});
        };
    }

    /** The text key of an instrument's name. */
    public static String instrumentKey(Instrument instrument) {
        return "reporting.instrument." + instrument.name().toLowerCase(Locale.ROOT);
    }
}
