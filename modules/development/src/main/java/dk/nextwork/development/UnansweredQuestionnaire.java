package dk.nextwork.development;

import java.util.List;

import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.Period;

/**
 * The young person's own questionnaire of the current {@code period} has not given a score yet, so
 * the dimensions it alone {@code fills} (modstandskraft) have none: only the young person can
 * change that, by answering it.
 */
public record UnansweredQuestionnaire(Period period, List<Bilingual> fills) {

    public UnansweredQuestionnaire {
        fills = List.copyOf(fills);
    }
}
