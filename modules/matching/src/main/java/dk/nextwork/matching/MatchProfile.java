package dk.nextwork.matching;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a young person adds to their match card beyond the programme's record: the month and year
 * they were born (only so the card can show an age; never a day, never a CPR number), and whether
 * the companies on their list may see their development picture while the round is open. Both
 * are the young person's choice and can be taken back at any time.
 */
public record MatchProfile(String youngPerson, Optional<YearMonth> born, boolean sharesDevelopment) {

    /** The youngest and oldest age a birth month may give: the programme is for 16 to 29, with a year's slack each way. */
    public static final int YOUNGEST = 15;
    public static final int OLDEST = 30;

    public static MatchProfile empty(String youngPerson) {
        return new MatchProfile(youngPerson, Optional.empty(), false);
    }

    /** The age on a day, counted from the birth month (in that month itself the birthday counts as reached). */
    public OptionalInt ageOn(LocalDate day) {
        return born.map(month -> OptionalInt.of(ageOn(month, day))).orElse(OptionalInt.empty());
    }

    static int ageOn(YearMonth born, LocalDate day) {
        return day.getYear() - born.getYear() - (day.getMonthValue() < born.getMonthValue() ? 1 : 0);
    }
}
