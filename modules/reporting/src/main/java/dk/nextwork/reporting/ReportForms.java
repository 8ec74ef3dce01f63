package dk.nextwork.reporting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where a report form opens, for links from any module: {@code reports/form?person=…&form=…&period=…},
 * the form named in the URL as {@code weekly}, {@code monthly} or {@code questionnaire}.
 */
public final class ReportForms {

    public static final String ROUTE = "reports/form";

    private ReportForms() {
    }

    /** The form's location, relative to the application ({@code /app/}). */
    public static String location(String youngPerson, Instrument instrument, Period period) {
        return ROUTE + "?person=" + URLEncoder.encode(youngPerson, StandardCharsets.UTF_8) + "&form=" + slug(instrument)
                + "&period=" + URLEncoder.encode(period.key(), StandardCharsets.UTF_8);
    }

    public static String location(DueReport due) {
        return location(due.youngPerson(), due.instrument(), due.period());
    }

    /** The form's query parameters, for navigating to {@link #ROUTE} on the server. */
    public static java.util.Map<String, String> parameters(DueReport due) {
        return java.util.Map.of("person", due.youngPerson(), "form", slug(due.instrument()), "period", due.period().key());
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
