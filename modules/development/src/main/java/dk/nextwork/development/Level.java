package dk.nextwork.development;

/**
 * A 0–100 score in words, shown beside the figure while a young person has few rated periods:
 * a bare "38" early on says little, "på vej" says where they stand (strengths-based: every level
 * is a step on the way, none is a failure).
 */
public enum Level {
    /** Below {@value #WELL_UNDER_WAY_FROM}. */
    ON_THE_WAY,
    /** From {@value #WELL_UNDER_WAY_FROM} to below {@value #STRONG_FROM}. */
    WELL_UNDER_WAY,
    /** From {@value #STRONG_FROM}. */
    STRONG;

    public static final double WELL_UNDER_WAY_FROM = 40;
    public static final double STRONG_FROM = 70;

    /** The level of a score as shown: rounded to a whole figure first, so "69,6" (shown as 70) is strong. */
    public static Level of(double value) {
        long shown = Math.round(value);
        return shown >= STRONG_FROM ? STRONG : shown >= WELL_UNDER_WAY_FROM ? WELL_UNDER_WAY : ON_THE_WAY;
    }

    /** Its text key: {@code development.level.onTheWay}, {@code .wellUnderWay}, {@code .strong}. */
    public String key() {
        return switch (this) {
            case ON_THE_WAY -> "development.level.onTheWay";
            case WELL_UNDER_WAY -> "development.level.wellUnderWay";
            case STRONG -> "development.level.strong";
        };
    }
}
