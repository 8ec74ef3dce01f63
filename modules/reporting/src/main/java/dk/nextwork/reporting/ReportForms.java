package dk.nextwork.reporting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where a report's form opens in the application: {@code reports/form?person=…&form=…&period=…},
 * the form named in the URL by {@code weekly}, {@code monthly} or {@code questionnaire}. Other
 * modules link to a form through this (the development picture to the young person's
 * questionnaire), never through the reporting views.
 */
public final class ReportForms {

    /** The route of the form view, relative to the application. */
    public static final String ROUTE = "reports/form";

    private ReportForms() {
    }

    /** The address of one report's form, relative to the application ({@code /app/}). */
    public static String address(String youngPerson, Instrument instrument, Period period) {
        return ROUTE + "?person=" + URLEncoder.encode(youngPerson, StandardCharsets.UTF_8)
                + "&form=" + slug(instrument) + "&period=" + period.key();
    }

    public static String slug(Instrument instrument) {
        return switch (instrument) {
            case WEEKLY_REPORT -> "weekly";
            case MONTHLY_ASSESSMENT -> "monthly";
            case QUESTIONNAIRE -> "questionnaire";
        };
    }

    public static Optional<Instrument> instrument(String slug) {
        for (Instrument instrument : Instrument.values()) {
            if (slug(instrument).equals(slug)) {
                return Optional.of(instrument);
            }
        }
        return Optional.empty();
    }
}
