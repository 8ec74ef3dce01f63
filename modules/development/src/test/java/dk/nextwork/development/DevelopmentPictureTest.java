package dk.nextwork.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.Score;
import dk.nextwork.reporting.ScoreHistory;
import dk.nextwork.reporting.ScoreSeries;

/** How the picture reads its scores to the young person: in progress, levels early on, the focus, the questionnaire. */
class DevelopmentPictureTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Bilingual RESILIENCE = new Bilingual("Modstandskraft", "Resilience");

    private static Score score(Period period, Double value) {
        return new Score(period, value == null ? OptionalDouble.empty() : OptionalDouble.of(value), 1, 1, 1);
    }

    /** Monthly initiative from September to December with these values (null: not rated). */
    private static ScoreSeries initiative(Double... values) {
        List<Score> scores = new ArrayList<>();
        Period month = Period.of(Cadence.MONTHLY, LocalDate.of(2026, 9, 1));
        for (Double value : values) {
            scores.add(score(month, value));
            month = month.next();
        }
        return new ScoreSeries("initiativ", new Bilingual("Initiativ", "Initiative"), false, Cadence.MONTHLY, scores);
    }

    private static ScoreSeries resilience(Double firstHalf, Double secondHalf) {
        Period first = Period.of(Cadence.HALF_YEARLY, LocalDate.of(2026, 1, 1));
        return new ScoreSeries("modstandskraft", RESILIENCE, true, Cadence.HALF_YEARLY,
                List.of(score(first, firstHalf), score(first.next(), secondHalf)));
    }

    private static DevelopmentPicture picture(Optional<Conversation> last, ScoreSeries... series) {
        return new DevelopmentPicture("mikkel", "Mikkel Hansen", TODAY, new ScoreHistory("mikkel", 1, List.of(series)), List.of(),
                List.of(), last, true, true);
    }

    private static Conversation about(String focus, LocalDate day) {
        return new Conversation("c1", "mikkel", "Mikkel Hansen", day.atStartOfDay(dk.nextwork.platform.time.PortalTime.ZONE).toInstant().plusSeconds(36000),
                "mikkel", "Mikkel Hansen", Optional.empty(), "a", "b", "c", focus, new Bilingual("Initiativ", "Initiative"), "");
    }

    @Test
    void aPeriodThatHasNotEndedIsInProgress() {
        DevelopmentPicture picture = picture(Optional.empty(), initiative(50.0));
        assertTrue(picture.inProgress(Period.of(Cadence.MONTHLY, TODAY)), "December began today");
        assertTrue(picture.inProgress(Period.of(Cadence.HALF_YEARLY, TODAY)));
        assertFalse(picture.inProgress(Period.of(Cadence.MONTHLY, TODAY).previous()), "November ended yesterday");
        assertTrue(picture.inProgress(Period.of(Cadence.WEEKLY, TODAY.minusDays(1))), "this week began yesterday");
    }

    @Test
    void levelsAreShownWhileASeriesHasFewerThanThreeRatedPeriods() {
        ScoreSeries two = initiative(35.0, null, 72.0);
        DevelopmentPicture early = picture(Optional.empty(), two);
        assertTrue(early.showsLevels("initiativ"), "a gap is not a rated period");
        assertEquals(Optional.of(Level.STRONG), early.levelShown("initiativ", two.scores().get(2)));
        assertEquals(Optional.empty(), early.levelShown("initiativ", two.scores().get(1)), "no level for a gap");
        ScoreSeries three = initiative(35.0, 50.0, 72.0);
        DevelopmentPicture later = picture(Optional.empty(), three);
        assertFalse(later.showsLevels("initiativ"));
        assertEquals(Optional.empty(), later.levelShown("initiativ", three.scores().get(2)));
    }

    @Test
    void theFocusAreaMovesSinceTheConversationThatChoseIt() {
        ScoreSeries series = initiative(40.0, 45.0, 52.0, null);
        LocalDate day = LocalDate.of(2026, 10, 20);
        DevelopmentPicture picture = picture(Optional.of(about("initiativ", day)), series);
        assertEquals(Optional.of(ScoreMovement.since(series, day)), picture.focusMovement());
        assertEquals(Optional.empty(), picture(Optional.of(about("charme", day)), series).focusMovement(), "an area no longer scored");
        assertEquals(Optional.empty(), picture(Optional.empty(), series).focusMovement());
    }

    @Test
    void aMissingModstandskraftAsksForThisHalfYearsQuestionnaire() {
        UnansweredQuestionnaire unanswered = picture(Optional.empty(), initiative(50.0), resilience(60.0, null))
                .unansweredQuestionnaire().orElseThrow();
        assertEquals(Period.of(Cadence.HALF_YEARLY, TODAY), unanswered.period());
        assertEquals(List.of(RESILIENCE), unanswered.fills(), "the monthly traits are not the questionnaire's alone");
        assertEquals(Optional.empty(), picture(Optional.empty(), resilience(null, 55.0)).unansweredQuestionnaire(), "answered");
    }

    @Test
    void othersSpeakOfTheYoungPersonByTheirFirstName() {
        assertEquals("Mikkel", picture(Optional.empty()).firstName());
    }
}
