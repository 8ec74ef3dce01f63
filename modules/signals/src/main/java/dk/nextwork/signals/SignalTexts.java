package dk.nextwork.signals;

import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.platform.i18n.Texts;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Period;

/**
 * The words of a signal for the one who reads it, with what it rests on (the weeks, hours,
 * scores). To the young person it is an invitation, said to "du": the watch signals end with
 * "tal med <counsellor>, hvis noget driller", the positive ones are encouragement. To everyone
 * else it starts with the young person's first name. Never a verdict, no ids, no ISO dates.
 */
public final class SignalTexts {

    private SignalTexts() {
    }

    /** The signal's line for the viewer, in the locale's language. */
    public static String text(Signal signal, SignedInUser viewer, SignalNames names, Locale locale) {
        Texts texts = Texts.of(SignalTexts.class.getClassLoader());
        boolean own = viewer.id().equals(signal.youngPerson());
        String about = signal.about().map(name -> name.in(Texts.language(locale))).orElse("");
        String periods = periods(texts, signal.periods(), locale);
        String values = join(texts, signal.values().stream().map(value -> Formats.number(value, locale)).toList(), locale);
        String counsellor = names.counsellor().orElseGet(() -> texts.get(locale, "signals.you.noCounsellor"));
        String key = (own ? "signals.you." : "signals.other.") + signal.kind().name();
        String who = names.youngPerson();
        return switch (signal.kind()) {
            case REPORTS_MISSING -> own ? texts.get(locale, key, about, periods, counsellor)
                    : texts.get(locale, key, who, about, periods);
            case ABSENCE_RISING, DIMENSION_FALLING -> own
                    ? texts.get(locale, key, about, values, periods, counsellor)
                    : texts.get(locale, key, who, about, values, periods);
            case CONCERN -> {
                String from = signal.company().isPresent() ? about : dk.nextwork.identity.UserAccount.firstName(about);
                String reason = signal.reason().orElse("");
                yield own ? texts.get(locale, key, from, reason, counsellor) : texts.get(locale, key, who, from, reason);
            }
            case NEW_HIGH -> {
                String best = Formats.number(signal.values().get(0), locale);
                String latest = Formats.number(signal.values().get(1), locale);
                String when = period(texts, signal.periods().get(1), locale);
                yield own ? texts.get(locale, key, about, latest, when, best)
                        : texts.get(locale, key, who, about, latest, when, best);
            }
            case FOCUS_UP -> {
                String from = Formats.number(signal.values().get(0), locale);
                String to = Formats.number(signal.values().get(1), locale);
                yield own ? texts.get(locale, key, about, from, to) : texts.get(locale, key, who, about, from, to);
            }
        };
    }

    /** What was done about a signal, for the record: "Talt med – Jonas Krogh, 1. dec. 2026: note". */
    public static String acted(Signal.Acted acted, Locale locale) {
        Texts texts = Texts.of(SignalTexts.class.getClassLoader());
        String action = texts.get(locale, "signals.action." + acted.action().name());
        return acted.note().isEmpty()
                ? texts.get(locale, "signals.acted", action, acted.byName(), Formats.date(acted.at(), locale))
                : texts.get(locale, "signals.actedWithNote", action, acted.byName(), Formats.date(acted.at(), locale),
                        acted.note());
    }

    /** "uge 46 og 47", "oktober, november og december 2026" as each cadence reads. */
    static String periods(Texts texts, List<Period> periods, Locale locale) {
        if (periods.isEmpty()) {
            return "";
        }
        if (periods.stream().allMatch(period -> period.cadence() == Cadence.WEEKLY)) {
            List<String> weeks = periods.stream()
                    .map(period -> String.valueOf(period.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))).toList();
            return texts.get(locale, weeks.size() == 1 ? "signals.period.week" : "signals.period.weeks", join(texts, weeks, locale));
        }
        List<String> labels = new ArrayList<>();
        for (Period period : periods) {
            labels.add(period(texts, period, locale));
        }
        return join(texts, labels, locale);
    }

    static String period(Texts texts, Period period, Locale locale) {
        return switch (period.cadence()) {
            case WEEKLY -> texts.get(locale, "signals.period.week",
                    String.valueOf(period.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            case MONTHLY -> Formats.month(period.start(), locale);
            case HALF_YEARLY -> texts.get(locale, "signals.period.half", String.valueOf(period.start().getMonthValue() == 1 ? 1 : 2),
                    String.valueOf(period.start().getYear()));
        };
    }

    /** "45, 46 og 47" / "45, 46 and 47". */
    static String join(Texts texts, List<String> items, Locale locale) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + texts.get(locale, "signals.and") + " "
                + items.get(items.size() - 1);
    }
}
