package dk.nextwork.signals.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.identity.Accounts;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Instrument;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.Rater;
import dk.nextwork.reporting.Report;
import dk.nextwork.reporting.ReportArchive;

/**
 * Demo reports that give each rule something to find, on top of the reporting module's demo, in
 * Jonas's Tuesday group: Oliver's last three weeks grow harder (absence 2, 4 and 7 hours, ratings
 * 4, 3, 2: readiness for work falls); Ali's last week is his best yet; Mikkel's month before the
 * conversation is rated lower and this month higher, so the area he chose (vedholdenhed) has gone up.
 * Dated from the install's day, like the rest of the demo, so they hold whenever it is installed.
 * The indicator ids are those of the trait configuration's first version, which the demo's
 * reports are made under.
 */
final class DemoReports {

    private static final List<String> WEEKLY = List.of("ansvarsbevidsthed", "punktlighed", "produktivitet",
            "sociale-faerdigheder", "samarbejdsvillighed");
    private static final List<String> MONTHLY = List.of("vedholdenhed", "uafhaengighed", "realistisk-maal");

    private DemoReports() {
    }

    static void add(Session session, LocalDate today, Instant now) throws RepositoryException {
        Optional<String> oliver = Accounts.idOf(session, "oliver.jensen@nextwork.example");
        Optional<String> ali = Accounts.idOf(session, "ali.demir@nextwork.example");
        Optional<String> mikkel = Accounts.idOf(session, "youth@nextwork.example");
        Optional<String> jonas = Accounts.idOf(session, "counsellor@nextwork.example");
        Period lastWeek = Period.of(Cadence.WEEKLY, today).previous();
        if (oliver.isPresent()) {
            int[] ratings = {4, 3, 2};
            int[] absence = {2, 4, 7};
            for (int i = 0; i < 3; i++) {
                Period week = new Period(Cadence.WEEKLY, lastWeek.start().minusWeeks(2 - i));
                weekly(session, oliver.get(), "stempel-og-skrue", week, ratings[i], absence[i],
                        i == 2 ? "En tung uge. Vi har aftalt at tale om det på mandag." : "");
            }
        }
        if (ali.isPresent()) {
            weekly(session, ali.get(), "hyldebaer-supermarked", lastWeek, 5, 0,
                    "Ugens bedste: han stod selv for varemodtagelsen torsdag.");
        }
        if (mikkel.isPresent() && jonas.isPresent()) {
            Period thisMonth = Period.of(Cadence.MONTHLY, today);
            // the reporting demo files a month once it has ended, and the 1st has not ended the one before
            Period lastFiled = today.getDayOfMonth() == 1 ? thisMonth.previous().previous() : thisMonth.previous();
            Instant filed = lastFiled.end().plusDays(1).atTime(10, 0).atZone(PortalTime.ZONE).toInstant();
            monthly(session, mikkel.get(), Rater.COMPANY, "fjordbyens-vaerksted", "demo:fjordbyens-vaerksted", lastFiled, 3,
                    filed);
            monthly(session, mikkel.get(), Rater.COUNSELLOR, jonas.get(), jonas.get(), lastFiled, 3, filed);
            monthly(session, mikkel.get(), Rater.COMPANY, "fjordbyens-vaerksted", "demo:fjordbyens-vaerksted", thisMonth, 4,
                    now);
        }
    }

    private static void weekly(Session session, String youngPerson, String company, Period week, int rating, int absence,
                               String comment) throws RepositoryException {
        Instant at = week.end().plusDays(1).atTime(10, 0).atZone(PortalTime.ZONE).toInstant();
        ReportArchive.replace(session, new Report("demo", youngPerson, Instrument.WEEKLY_REPORT, week, Rater.COMPANY, company,
                1, all(WEEKLY, rating), comment, Optional.of(absence), Report.Status.SUBMITTED, at, "demo:" + company,
                Optional.of(at), List.of()));
    }

    private static void monthly(Session session, String youngPerson, Rater rater, String raterId, String by, Period month,
                                int rating, Instant at) throws RepositoryException {
        ReportArchive.replace(session, new Report("demo", youngPerson, Instrument.MONTHLY_ASSESSMENT, month, rater, raterId,
                1, all(MONTHLY, rating), "", Optional.empty(), Report.Status.SUBMITTED, at, by, Optional.of(at), List.of()));
    }

    private static Map<String, Integer> all(List<String> indicators, int rating) {
        Map<String, Integer> ratings = new HashMap<>();
        indicators.forEach(indicator -> ratings.put(indicator, rating));
        return ratings;
    }
}
