package dk.nextwork.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Locale DANISH = Texts.DANISH;
    private static final Locale ENGLISH = Locale.ENGLISH;

    @Test
    void datesReadAsEachLanguageWritesThem() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertEquals("1. dec. 2026", Formats.date(day, DANISH));
        assertEquals("1 Dec 2026", Formats.date(day, ENGLISH));
        assertEquals("23.11.", Formats.dayAndMonth(LocalDate.of(2026, 11, 23), DANISH));
        assertEquals("23/11", Formats.dayAndMonth(LocalDate.of(2026, 11, 23), ENGLISH));
        assertEquals("november 2026", Formats.month(day.minusMonths(1), DANISH));
        assertEquals("November 2026", Formats.month(day.minusMonths(1), ENGLISH));
        assertEquals("nov. 2026", Formats.shortMonth(day.minusMonths(1), DANISH));
        assertEquals("maj 2026", Formats.shortMonth(LocalDate.of(2026, 5, 1), DANISH));
        assertEquals("Nov 2026", Formats.shortMonth(day.minusMonths(1), ENGLISH));
        assertEquals("17. nov.", Formats.dayAndShortMonth(LocalDate.of(2026, 11, 17), DANISH));
        assertEquals("17. maj", Formats.dayAndShortMonth(LocalDate.of(2026, 5, 17), DANISH));
        assertEquals("17 Nov", Formats.dayAndShortMonth(LocalDate.of(2026, 11, 17), ENGLISH));
        assertEquals("marts", Formats.monthName(java.time.Month.MARCH, DANISH));
        assertEquals("March", Formats.monthName(java.time.Month.MARCH, ENGLISH));
    }

    @Test
    void listsEndWithTheLanguagesAnd() {
        assertEquals("2", Formats.list(List.of(2), DANISH));
        assertEquals("2 og 4", Formats.list(List.of(2, 4), DANISH));
        assertEquals("1, 2 og 4", Formats.list(List.of(1, 2, 4), DANISH));
        assertEquals("1, 2 and 4", Formats.list(List.of(1, 2, 4), ENGLISH));
        Texts texts = Texts.of(FormatsTest.class.getClassLoader());
        assertEquals("Med siden 1. dec. 2026, vægt 2,5 og 3", texts.get(DANISH, "platform.test.since", LocalDate.of(2026, 12, 1),
                List.of(2.5, 3)), "a list put into a text");
    }

    @Test
    void weekdaysAndTimesOfDayReadAsEachLanguageWritesThem() {
        assertEquals("tirsdag", Formats.weekday(DayOfWeek.TUESDAY, DANISH));
        assertEquals("Tuesday", Formats.weekday(DayOfWeek.TUESDAY, ENGLISH));
        assertEquals("14.00", Formats.time(LocalTime.of(14, 0), DANISH));
        assertEquals("14:00", Formats.time(LocalTime.of(14, 0), ENGLISH));
        assertEquals("tirsdag", Formats.value(DayOfWeek.TUESDAY, DANISH));
    }

    @Test
    void momentsAreShownInDanishTimeWhateverTheServersZone() {
        Instant winterMorning = Instant.parse("2026-12-01T06:16:00Z");
        assertEquals("1. dec. 2026 07.16", Formats.moment(winterMorning, DANISH));
        assertEquals("1 Dec 2026, 07:16", Formats.moment(winterMorning, ENGLISH));
        assertEquals("1. dec. 2026", Formats.date(Instant.parse("2026-11-30T23:30:00Z"), DANISH), "after midnight in Roskilde");
    }

    @Test
    void numbersHaveTheLanguagesDecimalSignAndYearsNoSeparator() {
        assertEquals("31,3", Formats.number(31.3, DANISH));
        assertEquals("31.3", Formats.number(31.3, ENGLISH));
        assertEquals("10", Formats.number(10.0, DANISH));
        assertEquals("1,5", Formats.number(1.5, DANISH));
        assertEquals("2026", Formats.number(2026, DANISH));
    }

    @Test
    void fileSizesReadInKilobytesOrMegabytesWithTheLanguagesDecimalSign() {
        assertEquals("1 kB", Formats.fileSize(15, DANISH));
        assertEquals("820 kB", Formats.fileSize(820 * 1024, DANISH));
        assertEquals("1,4 MB", Formats.fileSize(1_468_006, DANISH));
        assertEquals("1.4 MB", Formats.fileSize(1_468_006, ENGLISH));
        assertEquals("20 MB", Formats.fileSize(20L * 1024 * 1024, DANISH));
    }

    @Test
    void textsPutDatesAndNumbersInTheirLanguage() {
        Texts texts = Texts.of(FormatsTest.class.getClassLoader());
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertEquals("Med siden 1. dec. 2026, vægt 2,5", texts.get(DANISH, "platform.test.since", day, 2.5));
        assertEquals("With us since 1 Dec 2026, weight 2.5", texts.get(ENGLISH, "platform.test.since", day, 2.5));
    }

    @Test
    void textsPutALocalizedNameInTheReadersLanguage() {
        Texts texts = Texts.of(FormatsTest.class.getClassLoader());
        Localized name = language -> language.equals("en") ? "Persistence" : "Vedholdenhed";
        assertEquals("Vurderingen af \"Vedholdenhed\"", texts.get(DANISH, "platform.test.named", name));
        assertEquals("The rating of \"Persistence\"", texts.get(ENGLISH, "platform.test.named", name));
    }
}
