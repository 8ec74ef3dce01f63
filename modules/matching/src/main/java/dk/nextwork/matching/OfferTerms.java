package dk.nextwork.matching;

import java.time.LocalDate;

import dk.nextwork.reporting.Bilingual;

/**
 * What a placement offer says: the title, what the work is, the industry, where, hours a week,
 * the possible start, the length in weeks, the seats, and what to bring / what a first day looks
 * like. Texts in Danish with an English translation that may be blank.
 */
public record OfferTerms(Bilingual title, Bilingual work, Bilingual industry, String area, int hoursPerWeek,
                         LocalDate start, int weeks, int seats, Bilingual firstDay) {

    public OfferTerms {
        title = title == null ? new Bilingual("", "") : title;
        work = work == null ? new Bilingual("", "") : work;
        industry = industry == null ? new Bilingual("", "") : industry;
        area = area == null ? "" : area.strip();
        firstDay = firstDay == null ? new Bilingual("", "") : firstDay;
    }

    /**
     * The placement's planned end: the length from the start, within the programme's 6 months
     * (26 weeks can be a day or two more than 6 months).
     */
    public LocalDate plannedEnd() {
        return plannedEndFrom(start);
    }

    /** The planned end of a placement of these weeks from another first day (a round's planned start). */
    public LocalDate plannedEndFrom(LocalDate first) {
        LocalDate byWeeks = first.plusWeeks(weeks);
        LocalDate longest = first.plusMonths(dk.nextwork.program.Placements.MAX_MONTHS);
        return byWeeks.isAfter(longest) ? longest : byWeeks;
    }
}
