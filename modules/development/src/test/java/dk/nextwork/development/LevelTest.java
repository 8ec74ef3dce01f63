package dk.nextwork.development;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A score's level in words: on the way below 40, well under way from 40, strong from 70, as the figure is shown. */
class LevelTest {

    @Test
    void theThresholdsAreThoseOfTheShownFigure() {
        assertEquals(Level.ON_THE_WAY, Level.of(0));
        assertEquals(Level.ON_THE_WAY, Level.of(39.4));
        assertEquals(Level.WELL_UNDER_WAY, Level.of(39.5), "shown as 40");
        assertEquals(Level.WELL_UNDER_WAY, Level.of(69.4));
        assertEquals(Level.STRONG, Level.of(69.5), "shown as 70");
        assertEquals(Level.STRONG, Level.of(100));
        assertEquals("development.level.wellUnderWay", Level.WELL_UNDER_WAY.key());
    }
}
