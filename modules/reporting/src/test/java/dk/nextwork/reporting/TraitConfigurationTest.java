package dk.nextwork.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.platform.i18n.Texts;
import dk.nextwork.platform.testing.RunningPlatform;

/** The trait configuration: the programme's defaults, versions that never change, and its rules. */
class TraitConfigurationTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private ReportingFixture fixture;

    @BeforeEach
    void wire() {
        fixture = new ReportingFixture(running.platform(), running.clock());
    }

    @Test
    void theFirstVersionIsTheProgrammesSixTraitsAndThreeDimensions() throws Exception {
        Configuration first = fixture.configuration.current();
        assertEquals(1, first.version());
        Definition definition = first.definition();
        assertEquals(List.of("initiativ", "vedholdenhed", "nysgerrighed", "samarbejdsevner", "sociale-egenskaber",
                "ansvarsbevidsthed"), definition.traits().stream().map(Trait::id).toList());
        assertEquals(List.of(Cadence.WEEKLY, Cadence.MONTHLY, Cadence.HALF_YEARLY),
                definition.dimensions().stream().map(Dimension::cadence).toList());
        assertEquals(List.of("ansvarsbevidsthed", "punktlighed", "produktivitet", "sociale-faerdigheder", "samarbejdsvillighed"),
                definition.indicatorsFor(Instrument.WEEKLY_REPORT, Rater.COMPANY).stream().map(Indicator::id).toList());
        assertEquals(List.of("vedholdenhed", "uafhaengighed", "realistisk-maal"),
                definition.indicatorsFor(Instrument.MONTHLY_ASSESSMENT, Rater.COUNSELLOR).stream().map(Indicator::id).toList());
        assertEquals(8, definition.indicatorsFor(Instrument.QUESTIONNAIRE, Rater.YOUNG_PERSON).size());
        Indicator punctuality = definition.indicator("punktlighed").orElseThrow();
        assertEquals("Punctuality", punctuality.name().in("en"));
        assertEquals("Lykkes næsten altid", punctuality.scale().anchor(5).da());
    }

    @Test
    void savingMakesANewVersionAndLeavesTheOldOneAsItWas() throws Exception {
        Definition before = fixture.configuration.current().definition();
        Definition edited = withScale(before, "punktlighed", tenSteps());
        Configuration second = fixture.configuration.save(ReportingFixture.COORDINATOR, 1, edited, "Punktlighed på 1–10");
        assertEquals(2, second.version());
        assertEquals(10, fixture.configuration.current().definition().indicator("punktlighed").orElseThrow().scale().max());
        assertEquals(5, fixture.configuration.version(1).definition().indicator("punktlighed").orElseThrow().scale().max());
        assertEquals(List.of(2, 1), fixture.configuration.history().stream().map(Configuration::version).toList());
        assertEquals("Punktlighed på 1–10", fixture.configuration.history().get(0).comment());
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedRatherThanOverwritingAnother() throws Exception {
        Definition loaded = fixture.configuration.current().definition();
        Definition definition = new Definition(loaded.traits(), loaded.dimensions(), loaded.indicators(), 10);
        fixture.configuration.save(ReportingFixture.COORDINATOR, 1, definition, "first");
        ReportingRefusedException stale = assertThrows(ReportingRefusedException.class,
                () -> fixture.configuration.save(ReportingFixture.COORDINATOR, 1, definition, "second"));
        assertEquals("reporting.refused.config.stale", stale.reason());
        assertEquals(2, fixture.configuration.current().version());
    }

    @Test
    void anUnchangedConfigurationIsNotSavedAsANewVersion() throws Exception {
        Definition same = fixture.configuration.current().definition();
        ReportingRefusedException unchanged = assertThrows(ReportingRefusedException.class,
                () -> fixture.configuration.save(ReportingFixture.COORDINATOR, 1, same, "nothing new"));
        assertEquals("reporting.refused.config.unchanged", unchanged.reason());
        assertEquals(1, fixture.configuration.current().version());
        assertEquals(1, fixture.configuration.history().size());
    }

    @Test
    void aBrokenConfigurationIsRefusedWithAReasonAndChangesNothing() throws Exception {
        Definition definition = fixture.configuration.current().definition();
        assertRefused("reporting.refused.config.anchors", withScale(definition, "punktlighed",
                new Scale(1, 3, List.of(new Bilingual("Lav", "Low")))));
        assertRefused("reporting.refused.config.scale", withScale(definition, "punktlighed", new Scale(3, 3, List.of())));
        Indicator punctuality = definition.indicator("punktlighed").orElseThrow();
        assertRefused("reporting.refused.config.target", with(definition, new Indicator(punctuality.id(), punctuality.name(),
                punctuality.description(), punctuality.cadence(), punctuality.raters(), punctuality.scale(),
                List.of(new Feed("no-such-trait", 1)))));
        assertRefused("reporting.refused.config.dimensionCadence", with(definition, new Indicator(punctuality.id(),
                punctuality.name(), punctuality.description(), punctuality.cadence(), punctuality.raters(), punctuality.scale(),
                List.of(new Feed("beslutsomhed", 1)))));
        assertRefused("reporting.refused.config.raters", with(definition, new Indicator(punctuality.id(), punctuality.name(),
                punctuality.description(), punctuality.cadence(), Set.of(Rater.YOUNG_PERSON), punctuality.scale(),
                punctuality.feeds())));
        assertRefused("reporting.refused.config.weight", with(definition, new Indicator(punctuality.id(), punctuality.name(),
                punctuality.description(), punctuality.cadence(), punctuality.raters(), punctuality.scale(),
                List.of(new Feed("arbejdsegnethed", 0)))));
        assertRefused("reporting.refused.config.window", new Definition(definition.traits(), definition.dimensions(),
                definition.indicators(), 365));
        assertEquals(1, fixture.configuration.current().version());
    }

    @Test
    void aRefusedConfigurationNamesWhatIsWrongByItsNameInTheReadersLanguageNeverByItsKey() throws Exception {
        Definition definition = fixture.configuration.current().definition();
        Indicator punctuality = definition.indicator("punktlighed").orElseThrow();

        ReportingRefusedException nowhere = assertRefused("reporting.refused.config.target", with(definition,
                feeding(punctuality, new Feed("no-such-trait", 1))));
        assertEquals("\"Punktlighed\" tæller med i et karaktertræk eller en dimension, som ikke findes.", danish(nowhere));
        assertEquals("\"Punctuality\" counts towards a trait or dimension that does not exist.", english(nowhere));

        ReportingRefusedException twice = assertRefused("reporting.refused.config.targetTwice", with(definition,
                feeding(punctuality, new Feed("arbejdsegnethed", 1), new Feed("arbejdsegnethed", 2))));
        assertEquals("\"Punktlighed\" tæller med i \"Arbejdsegnethed\" mere end én gang.", danish(twice));
        assertEquals("\"Punctuality\" counts towards \"Readiness for work\" more than once.", english(twice));

        ReportingRefusedException otherCadence = assertRefused("reporting.refused.config.dimensionCadence",
                with(definition, feeding(punctuality, new Feed("beslutsomhed", 1))));
        assertEquals("\"Punctuality\" cannot count towards \"Determination\", which has another cadence.", english(otherCadence),
                "English screens name both in English");

        List<Indicator> twoPunctualities = new ArrayList<>(definition.indicators());
        twoPunctualities.add(new Indicator("punktlighed", new Bilingual("Mødestabilitet", "Turning up"), punctuality.description(),
                punctuality.cadence(), punctuality.raters(), punctuality.scale(), punctuality.feeds()));
        ReportingRefusedException duplicate = assertRefused("reporting.refused.config.duplicate", new Definition(
                definition.traits(), definition.dimensions(), twoPunctualities, definition.correctionWindowDays()));
        assertEquals("\"Mødestabilitet\" har samme nøgle som \"Punktlighed\". Giv den en anden nøgle.", danish(duplicate));
        assertEquals("\"Turning up\" has the same key as \"Punctuality\". Give it another key.", english(duplicate));

        ReportingRefusedException unnamed = assertRefused("reporting.refused.config.name", with(definition, new Indicator(
                punctuality.id(), new Bilingual("", "Punctuality"), punctuality.description(), punctuality.cadence(),
                punctuality.raters(), punctuality.scale(), punctuality.feeds())));
        assertEquals("\"Punctuality\" mangler et dansk navn.", danish(unnamed), "known by its English name while it has no Danish one");
        ReportingRefusedException nameless = assertRefused("reporting.refused.config.unnamed", with(definition, new Indicator(
                punctuality.id(), new Bilingual("", ""), punctuality.description(), punctuality.cadence(),
                punctuality.raters(), punctuality.scale(), punctuality.feeds())));
        assertFalse(danish(nameless).contains("punktlighed"), "never the key: " + danish(nameless));
    }

    private static Indicator feeding(Indicator indicator, Feed... feeds) {
        return new Indicator(indicator.id(), indicator.name(), indicator.description(), indicator.cadence(), indicator.raters(),
                indicator.scale(), List.of(feeds));
    }

    private static String danish(ReportingRefusedException refused) {
        return Texts.of(TraitConfigurationTest.class.getClassLoader()).get(Texts.DANISH, refused.reason(), refused.values());
    }

    private static String english(ReportingRefusedException refused) {
        return Texts.of(TraitConfigurationTest.class.getClassLoader()).get(Locale.ENGLISH, refused.reason(), refused.values());
    }

    @Test
    void theYoungPersonsOwnViewIsKeptInTheVersionsAndChecked() throws Exception {
        Definition definition = fixture.configuration.current().definition();
        Indicator persistence = definition.indicator("vedholdenhed").orElseThrow();
        assertEquals(Set.of(Rater.COMPANY, Rater.COUNSELLOR, Rater.YOUNG_PERSON), persistence.raters());
        Indicator.OwnView reworded = new Indicator.OwnView(new Bilingual("Jeg bliver ved, også når det er svært.",
                "I keep going, also when it is hard."), persistence.ownView().anchors());
        fixture.configuration.save(ReportingFixture.COORDINATOR, 1, with(definition, ownView(persistence,
                persistence.raters(), reworded)), "Ny formulering til den unge");
        TraitConfiguration fresh = new TraitConfiguration(running.platform().repository(), fixture.identity.audit);
        assertEquals(reworded, fresh.current().definition().indicator("vedholdenhed").orElseThrow().ownView(),
                "stored and read back with the version");
        assertEquals(persistence.ownView(), fresh.version(1).definition().indicator("vedholdenhed").orElseThrow().ownView());

        Definition second = fixture.configuration.current().definition();
        ReportingRefusedException alone = assertRefusedOn(2, "reporting.refused.config.onlyOptional",
                with(second, ownView(persistence, Set.of(Rater.YOUNG_PERSON), persistence.ownView())));
        assertEquals("\"Vedholdenhed\" skal også vurderes af virksomhed eller ungevejleder: den unges egen vurdering står ved "
                + "siden af og tæller ikke med i scorerne.", danish(alone));
        assertRefusedOn(2, "reporting.refused.config.ownView", with(second, ownView(persistence, persistence.raters(),
                new Indicator.OwnView(reworded.statement(), reworded.anchors().subList(0, 4)))));
        assertRefusedOn(2, "reporting.refused.config.ownView", with(second, ownView(persistence,
                Set.of(Rater.COMPANY, Rater.COUNSELLOR), reworded)));
    }

    private static Indicator ownView(Indicator indicator, Set<Rater> raters, Indicator.OwnView ownView) {
        return new Indicator(indicator.id(), indicator.name(), indicator.description(), indicator.cadence(), raters,
                indicator.scale(), indicator.feeds(), ownView);
    }

    private ReportingRefusedException assertRefusedOn(int basedOn, String reason, Definition definition) {
        ReportingRefusedException refused = assertThrows(ReportingRefusedException.class,
                () -> fixture.configuration.save(ReportingFixture.COORDINATOR, basedOn, definition, ""));
        assertEquals(reason, refused.reason());
        return refused;
    }

    @Test
    void onlyCoordinatorsConfigure() throws Exception {
        Definition definition = fixture.configuration.current().definition();
        assertThrows(AccessDeniedException.class, () -> fixture.configuration.save(
                fixture.user("company@nextwork.example"), 1, definition, ""));
        assertEquals(1, fixture.configuration.current().version());
    }

    private ReportingRefusedException assertRefused(String reason, Definition definition) {
        ReportingRefusedException refused = assertThrows(ReportingRefusedException.class,
                () -> fixture.configuration.save(ReportingFixture.COORDINATOR, 1, definition, ""));
        assertEquals(reason, refused.reason());
        return refused;
    }

    static Scale tenSteps() {
        List<Bilingual> anchors = new ArrayList<>();
        for (int step = 1; step <= 10; step++) {
            anchors.add(new Bilingual("Trin " + step, "Step " + step));
        }
        return new Scale(1, 10, anchors);
    }

    static Definition withScale(Definition definition, String id, Scale scale) {
        Indicator old = definition.indicator(id).orElseThrow();
        return with(definition, new Indicator(old.id(), old.name(), old.description(), old.cadence(), old.raters(), scale, old.feeds()));
    }

    static Definition with(Definition definition, Indicator replacement) {
        List<Indicator> indicators = definition.indicators().stream()
                .map(indicator -> indicator.id().equals(replacement.id()) ? replacement : indicator).toList();
        return new Definition(definition.traits(), definition.dimensions(), indicators, definition.correctionWindowDays());
    }
}
