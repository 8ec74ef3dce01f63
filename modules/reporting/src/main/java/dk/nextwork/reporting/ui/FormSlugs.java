package dk.nextwork.reporting.ui;

import java.util.Optional;

import dk.nextwork.reporting.Instrument;

/** A report form's name in a URL: {@code weekly}, {@code monthly}, {@code questionnaire}. */
final class FormSlugs {

    private FormSlugs() {
    }

    static String slug(Instrument instrument) {
        return switch (instrument) {
            case WEEKLY_REPORT -> "weekly";
            case MONTHLY_ASSESSMENT -> "monthly";
            case QUESTIONNAIRE -> "questionnaire";
        };
    }

    static Optional<Instrument> instrument(String slug) {
        for (Instrument instrument : Instrument.values()) {
            if (slug(instrument).equals(slug)) {
                return Optional.of(instrument);
            }
        }
        return Optional.empty();
    }
}
