package dk.nextwork.reporting.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Definition;
import dk.nextwork.reporting.Dimension;
import dk.nextwork.reporting.Feed;
import dk.nextwork.reporting.Indicator;
import dk.nextwork.reporting.Rater;
import dk.nextwork.reporting.Scale;
import dk.nextwork.reporting.Trait;

/**
 * The first trait configuration, from the programme text: the 6 traits; arbejdsegnethed from the
 * companies' weekly ratings, beslutsomhed from the monthly ratings by company and counsellor (the
 * young person may give their own view of the same indicators, in their own words, beside them),
 * modstandskraft from a half-yearly questionnaire. The questionnaire is this project's own,
 * written in plain Danish; coordinators can replace it with a licensed standardised instrument.
 */
public final class DefaultDefinition {

    private DefaultDefinition() {
    }

    private static Bilingual t(String da, String en) {
        return new Bilingual(da, en);
    }

    private static final Scale OBSERVED = new Scale(1, 5, List.of(
            t("Meget svært for den unge", "Very hard for the young person"),
            t("Lykkes sjældent", "Rarely succeeds"),
            t("Lykkes somme tider", "Sometimes succeeds"),
            t("Lykkes for det meste", "Mostly succeeds"),
            t("Lykkes næsten altid", "Almost always succeeds")));

    private static final Scale AGREEMENT = new Scale(1, 5, List.of(
            t("Passer slet ikke på mig", "Not true of me at all"),
            t("Passer lidt på mig", "A little true of me"),
            t("Passer nogenlunde på mig", "Somewhat true of me"),
            t("Passer godt på mig", "Mostly true of me"),
            t("Passer helt på mig", "Completely true of me")));

    /** The steps of {@link #OBSERVED} as the young person reads them about themselves. */
    private static final List<Bilingual> OWN_ANCHORS = List.of(
            t("Meget svært for mig", "Very hard for me"),
            t("Lykkes sjældent for mig", "I rarely succeed"),
            t("Lykkes somme tider for mig", "I sometimes succeed"),
            t("Lykkes for det meste for mig", "I mostly succeed"),
            t("Lykkes næsten altid for mig", "I almost always succeed"));

    /** How the young person is asked for their own view of each monthly indicator, by its id. */
    public static final Map<String, Indicator.OwnView> OWN_VIEWS = Map.of(
            "vedholdenhed", new Indicator.OwnView(t("Jeg gør mine opgaver færdige og giver ikke op, når noget går imod.",
                    "I finish my tasks and do not give up when something goes against me."), OWN_ANCHORS),
            "uafhaengighed", new Indicator.OwnView(t("Jeg klarer mine opgaver selv og ved, hvornår jeg skal spørge.",
                    "I handle my tasks myself and know when to ask."), OWN_ANCHORS),
            "realistisk-maal", new Indicator.OwnView(t("Jeg har et mål for uddannelse eller job og tager skridt mod det.",
                    "I have a goal for education or work and take steps towards it."), OWN_ANCHORS));

    public static Definition definition() {
        List<Trait> traits = List.of(
                new Trait("initiativ", t("Initiativ", "Initiative"),
                        t("Går selv i gang og byder ind med opgaver og idéer.", "Gets going unprompted and offers tasks and ideas.")),
                new Trait("vedholdenhed", t("Vedholdenhed", "Persistence"),
                        t("Bliver ved, også når noget er svært eller kedeligt.", "Keeps going, also when something is hard or dull.")),
                new Trait("nysgerrighed", t("Nysgerrighed", "Curiosity"),
                        t("Spørger, undersøger og prøver nyt.", "Asks, explores and tries new things.")),
                new Trait("samarbejdsevner", t("Samarbejdsevner", "Ability to cooperate"),
                        t("Arbejder sammen med andre mod et fælles mål.", "Works with others towards a shared goal.")),
                new Trait("sociale-egenskaber", t("Sociale egenskaber", "Social skills"),
                        t("Omgås kolleger og kunder på en god måde.", "Gets on well with colleagues and customers.")),
                new Trait("ansvarsbevidsthed", t("Ansvarsbevidsthed", "Sense of responsibility"),
                        t("Tager ansvar for sine opgaver og aftaler.", "Takes responsibility for tasks and agreements.")));
        List<Dimension> dimensions = List.of(
                new Dimension("arbejdsegnethed", t("Arbejdsegnethed", "Readiness for work"),
                        t("Virksomhedens ugentlige vurdering af den unge på arbejdspladsen.",
                                "The company's weekly rating of the young person at work."), Cadence.WEEKLY),
                new Dimension("beslutsomhed", t("Beslutsomhed", "Determination"),
                        t("Vedholdenhed, uafhængighed og retning mod et realistisk mål, vurderet hver måned af virksomhed og ungevejleder.",
                                "Persistence, independence and direction towards a realistic goal, rated monthly by company and counsellor."),
                        Cadence.MONTHLY),
                new Dimension("modstandskraft", t("Modstandskraft", "Resilience"),
                        t("Den unges egen besvarelse af spørgeskemaet hvert halve år.",
                                "The young person's own answers to the questionnaire every six months."), Cadence.HALF_YEARLY));
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(weekly("ansvarsbevidsthed", t("Ansvarsbevidsthed", "Sense of responsibility"),
                t("Passer sine opgaver og holder aftaler.", "Looks after tasks and keeps agreements."), "ansvarsbevidsthed"));
        indicators.add(weekly("punktlighed", t("Punktlighed", "Punctuality"),
                t("Kommer til tiden og giver besked ved fravær.", "Arrives on time and calls in when absent."), "ansvarsbevidsthed"));
        indicators.add(weekly("produktivitet", t("Produktivitet", "Productivity"),
                t("Får lavet det, der er aftalt, i et rimeligt tempo.", "Gets agreed work done at a reasonable pace."), "initiativ"));
        indicators.add(weekly("sociale-faerdigheder", t("Sociale færdigheder", "Social skills"),
                t("Hilser, taler og omgås kolleger og kunder.", "Greets, talks and gets on with colleagues and customers."),
                "sociale-egenskaber"));
        indicators.add(weekly("samarbejdsvillighed", t("Samarbejdsvillighed", "Willingness to cooperate"),
                t("Hjælper andre og tager imod hjælp og vejledning.", "Helps others and accepts help and guidance."),
                "samarbejdsevner"));
        indicators.add(monthly("vedholdenhed", t("Vedholdenhed", "Persistence"),
                t("Gør opgaver færdige og giver ikke op ved modgang.", "Finishes tasks and does not give up at setbacks."),
                "vedholdenhed"));
        indicators.add(monthly("uafhaengighed", t("Uafhængighed", "Independence"),
                t("Klarer opgaver selv og ved, hvornår der skal spørges.", "Handles tasks alone and knows when to ask."),
                "initiativ"));
        indicators.add(monthly("realistisk-maal", t("Retning mod et realistisk mål", "Direction towards a realistic goal"),
                t("Har et mål for uddannelse eller job og tager skridt mod det.",
                        "Has a goal for education or work and takes steps towards it."), "nysgerrighed"));
        String[][] questions = {
                {"klarer-nederlag", "Når noget går galt, kommer jeg mig over det igen.", "When something goes wrong, I get over it again.", "vedholdenhed"},
                {"beder-om-hjaelp", "Jeg kan bede andre om hjælp, når jeg har brug for det.", "I can ask others for help when I need it.", "samarbejdsevner"},
                {"tror-paa-mig-selv", "Jeg tror på, at jeg kan lære det, jeg skal bruge.", "I believe I can learn what I need.", "initiativ"},
                {"prover-nyt", "Jeg har lyst til at prøve nye ting.", "I like to try new things.", "nysgerrighed"},
                {"rolig-under-pres", "Jeg kan holde hovedet koldt, når der er travlt.", "I can keep a cool head when it gets busy.", "ansvarsbevidsthed"},
                {"har-nogen", "Jeg har mennesker omkring mig, jeg kan regne med.", "I have people around me I can count on.", "sociale-egenskaber"},
                {"hverdag-haenger-sammen", "Min hverdag hænger godt sammen (søvn, mad, faste tider).", "My everyday life holds together (sleep, meals, routines).", "vedholdenhed"},
                {"ser-en-fremtid", "Jeg kan se en vej frem mod uddannelse eller job.", "I can see a way ahead to education or a job.", "nysgerrighed"}};
        for (String[] question : questions) {
            indicators.add(new Indicator(question[0], t(question[1], question[2]), t("", ""), Cadence.HALF_YEARLY,
                    Set.of(Rater.YOUNG_PERSON), AGREEMENT, List.of(new Feed("modstandskraft", 1), new Feed(question[3], 0.5))));
        }
        return new Definition(traits, dimensions, indicators, 7);
    }

    private static Indicator weekly(String id, Bilingual name, Bilingual description, String trait) {
        return observed(id, name, description, Cadence.WEEKLY, Set.of(Rater.COMPANY), "arbejdsegnethed", trait);
    }

    /** Rated by company and counsellor; the young person may give their own view (which scores nothing). */
    private static Indicator monthly(String id, Bilingual name, Bilingual description, String trait) {
        Indicator observed = observed(id, name, description, Cadence.MONTHLY,
                Set.of(Rater.COMPANY, Rater.COUNSELLOR, Rater.YOUNG_PERSON), "beslutsomhed", trait);
        return withOwnView(observed, OWN_VIEWS.get(id));
    }

    /** An indicator the young person also gives their own view on, in the words given. */
    public static Indicator withOwnView(Indicator indicator, Indicator.OwnView ownView) {
        EnumSet<Rater> raters = EnumSet.copyOf(indicator.raters());
        raters.add(Rater.YOUNG_PERSON);
        return new Indicator(indicator.id(), indicator.name(), indicator.description(), indicator.cadence(), raters,
                indicator.scale(), indicator.feeds(), ownView);
    }

    /** What a company or counsellor observes, counting fully towards a dimension and a trait. */
    private static Indicator observed(String id, Bilingual name, Bilingual description, Cadence cadence, Set<Rater> raters,
                                      String dimension, String trait) {
        return new Indicator(id, name, description, cadence, raters, OBSERVED, List.of(new Feed(dimension, 1), new Feed(trait, 1)));
    }
}
