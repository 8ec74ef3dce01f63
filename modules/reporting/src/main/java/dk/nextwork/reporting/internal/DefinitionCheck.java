package dk.nextwork.reporting.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.Definition;
import dk.nextwork.reporting.Dimension;
import dk.nextwork.reporting.Feed;
import dk.nextwork.reporting.Indicator;
import dk.nextwork.reporting.Instrument;
import dk.nextwork.reporting.Rater;
import dk.nextwork.reporting.ReportingRefusedException;
import dk.nextwork.reporting.Scale;
import dk.nextwork.reporting.Trait;

/**
 * The rules a trait configuration must keep before it is saved as a new version. A refusal names
 * a trait, dimension or indicator by its name ({@link Bilingual}, read in the coordinator's
 * language), not by its key.
 */
public final class DefinitionCheck {

    public static final int MAX_STEPS = 11;
    public static final int MAX_CORRECTION_DAYS = 60;
    public static final double MAX_WEIGHT = 10;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private DefinitionCheck() {
    }

    public static void check(Definition definition) throws ReportingRefusedException {
        if (definition.traits().isEmpty() || definition.dimensions().isEmpty()) {
            throw new ReportingRefusedException("reporting.refused.config.empty");
        }
        Map<String, Bilingual> targets = new HashMap<>();
        for (Trait trait : definition.traits()) {
            named(trait.id(), trait.name(), targets);
        }
        for (Dimension dimension : definition.dimensions()) {
            named(dimension.id(), dimension.name(), targets);
            if (dimension.cadence() == null) {
                throw new ReportingRefusedException("reporting.refused.config.cadence", dimension.name());
            }
        }
        Map<String, Bilingual> indicators = new HashMap<>();
        for (Indicator indicator : definition.indicators()) {
            named(indicator.id(), indicator.name(), indicators);
            Bilingual name = indicator.name();
            if (indicator.cadence() == null) {
                throw new ReportingRefusedException("reporting.refused.config.cadence", name);
            }
            if (indicator.raters().isEmpty() || !Instrument.of(indicator.cadence()).raters().containsAll(indicator.raters())) {
                throw new ReportingRefusedException("reporting.refused.config.raters", name);
            }
            Instrument instrument = Instrument.of(indicator.cadence());
            if (indicator.raters().stream().noneMatch(instrument::scoredFrom)) {
                // an optional rater's ratings count in no score: rated by them alone, it would feed nothing
                throw new ReportingRefusedException("reporting.refused.config.onlyOptional", name);
            }
            scale(name, indicator.scale());
            ownView(indicator);
            feeds(definition, indicator, targets);
        }
        if (definition.correctionWindowDays() < 0 || definition.correctionWindowDays() > MAX_CORRECTION_DAYS) {
            throw new ReportingRefusedException("reporting.refused.config.window", MAX_CORRECTION_DAYS);
        }
    }

    /** A Danish name and a key of its own; {@code seen} holds the names by the keys taken so far. */
    private static void named(String id, Bilingual name, Map<String, Bilingual> seen) throws ReportingRefusedException {
        if (name == null || name.da().isEmpty()) {
            if (name != null && !name.en().isEmpty()) {
                throw new ReportingRefusedException("reporting.refused.config.name", name.en());
            }
            throw new ReportingRefusedException("reporting.refused.config.unnamed");
        }
        if (id == null || !ID.matcher(id).matches()) {
            throw new ReportingRefusedException("reporting.refused.config.id", name);
        }
        Bilingual first = seen.putIfAbsent(id, name);
        if (first != null) {
            throw new ReportingRefusedException("reporting.refused.config.duplicate", name, first);
        }
    }

    private static void scale(Bilingual name, Scale scale) throws ReportingRefusedException {
        if (scale == null || scale.max() <= scale.min() || scale.max() - scale.min() + 1 > MAX_STEPS) {
            throw new ReportingRefusedException("reporting.refused.config.scale", name, MAX_STEPS);
        }
        if (scale.anchors().size() != scale.max() - scale.min() + 1
                || scale.anchors().stream().anyMatch(anchor -> anchor == null || anchor.da().isEmpty())) {
            throw new ReportingRefusedException("reporting.refused.config.anchors", name);
        }
    }

    /** The young person's own wording: theirs to read, so only where they rate, whole, and one anchor per step. */
    private static void ownView(Indicator indicator) throws ReportingRefusedException {
        Indicator.OwnView own = indicator.ownView();
        if (own == null) {
            return;
        }
        Scale scale = indicator.scale();
        if (!indicator.ratedBy(Rater.YOUNG_PERSON) || own.statement() == null || own.statement().da().isEmpty()
                || own.anchors().size() != scale.max() - scale.min() + 1
                || own.anchors().stream().anyMatch(anchor -> anchor == null || anchor.da().isEmpty())) {
            throw new ReportingRefusedException("reporting.refused.config.ownView", indicator.name());
        }
    }

    private static void feeds(Definition definition, Indicator indicator, Map<String, Bilingual> targets)
            throws ReportingRefusedException {
        Bilingual name = indicator.name();
        if (indicator.feeds().isEmpty()) {
            throw new ReportingRefusedException("reporting.refused.config.feeds", name);
        }
        Set<String> fed = new HashSet<>();
        for (Feed feed : indicator.feeds()) {
            if (feed.target() == null || !targets.containsKey(feed.target())) {
                throw new ReportingRefusedException("reporting.refused.config.target", name);
            }
            if (!fed.add(feed.target())) {
                throw new ReportingRefusedException("reporting.refused.config.targetTwice", name, targets.get(feed.target()));
            }
            if (!(feed.weight() > 0 && feed.weight() <= MAX_WEIGHT)) {
                throw new ReportingRefusedException("reporting.refused.config.weight", name, MAX_WEIGHT);
            }
            // a dimension's score covers its own period, so only indicators of that cadence can feed it
            Dimension dimension = definition.dimension(feed.target()).orElse(null);
            if (dimension != null && dimension.cadence() != indicator.cadence()) {
                throw new ReportingRefusedException("reporting.refused.config.dimensionCadence", name, dimension.name());
            }
        }
    }
}
