package dk.nextwork.reporting;

import java.util.List;
import java.util.Optional;

/**
 * What coordinators configure: the traits, the dimensions, the indicators that feed them, and how
 * many days a submitted report can still be corrected.
 */
public record Definition(List<Trait> traits, List<Dimension> dimensions, List<Indicator> indicators,
                         int correctionWindowDays) {

    public Definition {
        traits = List.copyOf(traits);
        dimensions = List.copyOf(dimensions);
        indicators = List.copyOf(indicators);
    }

    /** How long a submitted report can be corrected under this definition. */
    public CorrectionWindow correctionWindow() {
        return new CorrectionWindow(correctionWindowDays);
    }

    public Optional<Indicator> indicator(String id) {
        return indicators.stream().filter(indicator -> indicator.id().equals(id)).findFirst();
    }

    /** The indicators on the form of an instrument that a rater fills in, in the configured order. */
    public List<Indicator> indicatorsFor(Instrument instrument, Rater rater) {
        return indicators.stream()
                .filter(indicator -> indicator.cadence() == instrument.cadence() && indicator.ratedBy(rater)).toList();
    }

    /** The name of a trait or dimension. */
    public Optional<Bilingual> targetName(String id) {
        return traits.stream().filter(trait -> trait.id().equals(id)).map(Trait::name).findFirst()
                .or(() -> dimensions.stream().filter(dimension -> dimension.id().equals(id)).map(Dimension::name).findFirst());
    }

    public Optional<Dimension> dimension(String id) {
        return dimensions.stream().filter(dimension -> dimension.id().equals(id)).findFirst();
    }
}
