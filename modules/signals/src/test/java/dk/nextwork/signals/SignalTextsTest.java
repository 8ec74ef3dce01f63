package dk.nextwork.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Period;

/** The words of each signal: an invitation to the young person ("du"), the first name to everyone else. */
class SignalTextsTest {

    private static final Locale DA = Locale.forLanguageTag("da");
    private static final Locale EN = Locale.ENGLISH;
    private static final SignedInUser OLIVER = new SignedInUser("oliver", "o@example.org", "Oliver Jensen", Set.of(Role.YOUTH),
            null, "da");
    private static final SignedInUser JONAS = new SignedInUser("jonas", "j@example.org", "Jonas Krogh", Set.of(Role.COUNSELLOR),
            null, "da");
    private static final SignalNames NAMES = new SignalNames("Oliver", Optional.of("Jonas"));
    private static final Period W46 = new Period(Cadence.WEEKLY, LocalDate.of(2026, 11, 9));
    private static final Bilingual READINESS = new Bilingual("Arbejdsegnethed", "Readiness for work");

    private static Signal signal(SignalKind kind, Optional<Bilingual> about, List<Period> periods, List<Integer> values,
                                 Optional<String> reason, Optional<String> company) {
        return new Signal("s", "oliver", kind, LocalDate.of(2026, 12, 1), about, periods, values, reason, Optional.empty(),
                Optional.empty(), company, Optional.empty());
    }

    private static final List<Period> THREE_WEEKS = List.of(W46, W46.next(), W46.next().next());

    private static final List<Signal> ALL = List.of(
            signal(SignalKind.REPORTS_MISSING, Optional.of(new Bilingual("Stempel & Skrue", "Stempel & Skrue")),
                    List.of(W46, W46.next()), List.of(), Optional.empty(), Optional.of("stempel-og-skrue")),
            signal(SignalKind.ABSENCE_RISING, Optional.empty(), THREE_WEEKS, List.of(2, 4, 7), Optional.empty(), Optional.empty()),
            signal(SignalKind.DIMENSION_FALLING, Optional.of(READINESS), THREE_WEEKS, List.of(75, 50, 25), Optional.empty(),
                    Optional.empty()),
            signal(SignalKind.CONCERN, Optional.of(new Bilingual("Stempel & Skrue", "Stempel & Skrue")), List.of(), List.of(),
                    Optional.of("Virker træt."), Optional.of("stempel-og-skrue")),
            signal(SignalKind.NEW_HIGH, Optional.of(READINESS), List.of(W46, W46.next()), List.of(72, 80), Optional.empty(),
                    Optional.empty()),
            signal(SignalKind.FOCUS_UP, Optional.of(new Bilingual("Vedholdenhed", "Persistence")),
                    List.of(new Period(Cadence.MONTHLY, LocalDate.of(2026, 10, 1)), new Period(Cadence.MONTHLY, LocalDate.of(2026, 11, 1))),
                    List.of(50, 75), Optional.empty(), Optional.empty()));

    @Test
    void theYoungPersonIsInvitedToTalkToTheirCounsellorNeverJudged() {
        for (Signal signal : ALL) {
            String text = SignalTexts.text(signal, OLIVER, NAMES, DA);
            assertFalse(text.startsWith("Oliver"), text);
            assertFalse(text.matches(".*\\d{4}-\\d{2}.*"), "no ISO dates: " + text);
            assertFalse(text.contains("signals."), "every key has a text: " + text);
            if (signal.kind().positive()) {
                assertFalse(text.contains("driller"), text);
            } else {
                assertTrue(text.endsWith("Tal med Jonas, hvis noget driller."), text);
            }
        }
        assertEquals("Du har været væk lidt mere for hver uge: 2, 4 og 7 timer i uge 46, 47 og 48. Tal med Jonas, hvis noget driller.",
                SignalTexts.text(ALL.get(1), OLIVER, NAMES, DA));
        assertEquals("Vi venter stadig på ugerapporten fra Stempel & Skrue for uge 46 og 47. Tal med Jonas, hvis noget driller.",
                SignalTexts.text(ALL.get(0), OLIVER, NAMES, DA));
        assertEquals("Stempel & Skrue tænker på dig og har skrevet: »Virker træt.« Tal med Jonas, hvis noget driller.",
                SignalTexts.text(ALL.get(3), OLIVER, NAMES, DA));
        assertEquals("Godt gået! Vedholdenhed, som du valgte at arbejde med, er gået op fra 50 til 75.",
                SignalTexts.text(ALL.get(5), OLIVER, NAMES, DA));
        assertTrue(SignalTexts.text(ALL.get(4), OLIVER, NAMES, DA).startsWith("Flot! Arbejdsegnethed er højere end nogensinde: 80 i uge 47"));
    }

    @Test
    void withoutAGroupTheYoungPersonIsToldToTalkToTheirCounsellor() {
        assertTrue(SignalTexts.text(ALL.get(1), OLIVER, new SignalNames("Oliver", Optional.empty()), DA)
                .endsWith("Tal med din vejleder, hvis noget driller."));
    }

    @Test
    void everyoneElseReadsTheFirstNameAndWhatTheSignalRestsOn() {
        for (Signal signal : ALL) {
            assertTrue(SignalTexts.text(signal, JONAS, NAMES, DA).startsWith("Oliver: "), signal.kind().name());
            assertTrue(SignalTexts.text(signal, JONAS, NAMES, EN).startsWith("Oliver: "), signal.kind().name());
        }
        assertEquals("Oliver: Arbejdsegnethed er gået ned over uge 46, 47 og 48: 75, 50 og 25.",
                SignalTexts.text(ALL.get(2), JONAS, NAMES, DA));
        assertEquals("Oliver: Readiness for work has gone down over weeks 46, 47 and 48: 75, 50 and 25.",
                SignalTexts.text(ALL.get(2), JONAS, NAMES, EN));
        assertEquals("Oliver: Vedholdenhed, som blev valgt ved samtalen, er gået op fra 50 til 75.",
                SignalTexts.text(ALL.get(5), JONAS, NAMES, DA));
        assertEquals("You have been away a little more each week: 2, 4 and 7 hours in weeks 46, 47 and 48. "
                + "Talk to Jonas if something is bothering you.", SignalTexts.text(ALL.get(1), OLIVER, NAMES, EN));
    }

    @Test
    void whatWasDoneReadsWithTheActionAndTheDay() {
        Signal.Acted acted = new Signal.Acted(SignalAction.MEETING, "Torsdag kl. 10.", "jonas", "Jonas Krogh",
                Instant.parse("2026-12-01T09:00:00Z"));
        assertEquals("Møde aftalt – Jonas Krogh, 1. dec. 2026: Torsdag kl. 10.", SignalTexts.acted(acted, DA));
        assertEquals("Meeting arranged – Jonas Krogh, 1 Dec 2026: Torsdag kl. 10.", SignalTexts.acted(acted, EN));
    }
}
