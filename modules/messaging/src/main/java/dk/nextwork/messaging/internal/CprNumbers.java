package dk.nextwork.messaging.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text holds something that looks like a Danish CPR number: ten digits, the first six
 * a real day (ddmmyy), written together or as "ddmmyy-xxxx" or "ddmmyy xxxx". The system never
 * stores one; a phone number or an order number that is not a date passes.
 */
public final class CprNumbers {

    private static final Pattern CANDIDATE = Pattern.compile("(?<!\\d)(\\d{2})(\\d{2})(\\d{2})[- ]?(\\d{4})(?!\\d)");

    private CprNumbers() {
    }

    public static boolean present(String text) {
        Matcher found = CANDIDATE.matcher(text);
        while (found.find()) {
            if (isDay(Integer.parseInt(found.group(1)), Integer.parseInt(found.group(2)), Integer.parseInt(found.group(3)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDay(int day, int month, int year) {
        try {
            // 2000 is a leap year, so 29 February of any two-digit year counts
            LocalDate.of(year == 0 || year % 4 == 0 ? 2000 : 2001, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
