package dk.nextwork.signals.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dk.nextwork.development.Conversation;
import dk.nextwork.development.ScoreMovement;
import dk.nextwork.program.Placement;
import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Instrument;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.Rater;
import dk.nextwork.reporting.Report;
import dk.nextwork.reporting.Score;
import dk.nextwork.reporting.ScoreHistory;
import dk.nextwork.reporting.ScoreSeries;
import dk.nextwork.signals.Signal;
import dk.nextwork.signals.SignalKind;

/**
 * The rules that raise signals, each from what anyone may check in the reports, the scores and the
 * last conversation. Scores are compared rounded, as the views show them, so what a signal says
 * can be read off the screen. A signal's id is its kind, subject and period, so the same situation
 * gives the same id however often the rules run.
 */
public final class SignalRules {

    /** How many periods running a rise in absence or a fall in a dimension takes. */
    public static final int RUNNING = 3;
    /** How many earlier scores a new high must beat. */
    public static final int EARLIER_FOR_A_HIGH = 2;

    private SignalRules() {
    }

    /** Every signal the rules find for a young person on a day, in a placement that is on. */
    public static List<Signal> detect(String youngPerson, LocalDate today, Placement placement, Bilingual company,
                                      List<Report> reports, ScoreHistory history, Optional<Conversation> last) {
        List<Signal> found = new ArrayList<>();
        reportsMissing(youngPerson, today, placement, company, reports).ifPresent(found::add);
        absenceRising(youngPerson, today, placement, reports).ifPresent(found::add);
        for (ScoreSeries series : history.series()) {
            if (series.dimension()) {
                dimensionFalling(youngPerson, today, series).ifPresent(found::add);
                newHigh(youngPerson, today, series).ifPresent(found::add);
            }
        }
        last.flatMap(conversation -> focusUp(youngPerson, today, history, conversation)).ifPresent(found::add);
        return found;
    }

    /**
     * The company's weekly report is not submitted for either of the last two ended weeks, both
     * weeks in the placement (a week it began or ended in counts, as it is due then too).
     */
    public static Optional<Signal> reportsMissing(String youngPerson, LocalDate today, Placement placement, Bilingual company,
                                                  List<Report> reports) {
        Period last = Period.of(Cadence.WEEKLY, today).previous();
        List<Period> weeks = List.of(last.previous(), last);
        if (!placement.isActiveOn(today)) {
            return Optional.empty();
        }
        for (Period week : weeks) {
            if (!placement.overlaps(week.start(), week.end()) || weeklyReport(reports, placement.company(), week).isPresent()) {
                return Optional.empty();
            }
        }
        return Optional.of(raised("reports-missing-" + last.key(), youngPerson, SignalKind.REPORTS_MISSING, today,
                Optional.of(company), weeks, List.of(), Optional.of(placement.company()), Optional.empty()));
    }

    /** The absence hours of the company's last three weekly reports, three weeks running, each more than the one before. */
    public static Optional<Signal> absenceRising(String youngPerson, LocalDate today, Placement placement, List<Report> reports) {
        List<Report> weekly = reports.stream()
                .filter(report -> isCompanyWeekly(report, placement.company()) && report.absenceHours().isPresent())
                .sorted(Comparator.comparing(Report::period)).toList();
        if (weekly.size() < RUNNING) {
            return Optional.empty();
        }
        List<Report> lastThree = weekly.subList(weekly.size() - RUNNING, weekly.size());
        List<Period> weeks = lastThree.stream().map(Report::period).toList();
        List<Integer> hours = lastThree.stream().map(report -> report.absenceHours().orElseThrow()).toList();
        if (!running(weeks) || !strictly(hours, true)) {
            return Optional.empty();
        }
        return Optional.of(raised("absence-rising-" + weeks.get(RUNNING - 1).key(), youngPerson, SignalKind.ABSENCE_RISING,
                today, Optional.empty(), weeks, hours, Optional.of(placement.company()), Optional.empty()));
    }

    /** A dimension's last three scores, three periods running, each lower than the one before. */
    public static Optional<Signal> dimensionFalling(String youngPerson, LocalDate today, ScoreSeries series) {
        List<Score> present = present(series);
        if (present.size() < RUNNING) {
            return Optional.empty();
        }
        List<Score> lastThree = present.subList(present.size() - RUNNING, present.size());
        List<Period> periods = lastThree.stream().map(Score::period).toList();
        List<Integer> values = lastThree.stream().map(SignalRules::rounded).toList();
        if (!running(periods) || !strictly(values, false)) {
            return Optional.empty();
        }
        return Optional.of(raised("dimension-falling-" + series.target() + "-" + periods.get(RUNNING - 1).key(), youngPerson,
                SignalKind.DIMENSION_FALLING, today, Optional.of(series.name()), periods, values, Optional.empty(),
                Optional.of(series.target())));
    }

    /** A dimension's latest score above every earlier one, with at least two earlier; it rests on the earlier best and the latest. */
    public static Optional<Signal> newHigh(String youngPerson, LocalDate today, ScoreSeries series) {
        List<Score> present = present(series);
        if (present.size() < EARLIER_FOR_A_HIGH + 1) {
            return Optional.empty();
        }
        Score latest = present.get(present.size() - 1);
        Score best = present.subList(0, present.size() - 1).stream()
                .max(Comparator.comparing(SignalRules::rounded)).orElseThrow();
        if (rounded(latest) <= rounded(best)) {
            return Optional.empty();
        }
        return Optional.of(raised("new-high-" + series.target() + "-" + latest.period().key(), youngPerson,
                SignalKind.NEW_HIGH, today, Optional.of(series.name()), List.of(best.period(), latest.period()),
                List.of(rounded(best), rounded(latest)), Optional.empty(), Optional.of(series.target())));
    }

    /** The area chosen at the last conversation rose since, as the next conversation would open with it. */
    public static Optional<Signal> focusUp(String youngPerson, LocalDate today, ScoreHistory history, Conversation last) {
        Optional<ScoreSeries> series = history.of(last.focus());
        if (series.isEmpty()) {
            return Optional.empty();
        }
        ScoreMovement movement = ScoreMovement.since(series.get(), last.day());
        if (movement.direction() != ScoreMovement.Direction.ROSE) {
            return Optional.empty();
        }
        Score from = movement.from().orElseThrow();
        Score to = movement.to().orElseThrow();
        return Optional.of(raised("focus-up-" + last.id(), youngPerson, SignalKind.FOCUS_UP, today,
                Optional.of(last.focusName()), List.of(from.period(), to.period()), List.of(rounded(from), rounded(to)),
                Optional.empty(), Optional.of(last.focus())));
    }

    /** The kind and subject a signal is about: one open signal each is enough. */
    public static String subject(Signal signal) {
        return signal.kind() + "/" + signal.target().orElse("");
    }

    private static Signal raised(String id, String youngPerson, SignalKind kind, LocalDate today, Optional<Bilingual> about,
                                 List<Period> periods, List<Integer> values, Optional<String> company,
                                 Optional<String> target) {
        return new Signal(id, youngPerson, kind, today, about, periods, values, Optional.empty(), Optional.empty(),
                Optional.empty(), company, target);
    }

    private static Optional<Report> weeklyReport(List<Report> reports, String company, Period week) {
        return reports.stream().filter(report -> isCompanyWeekly(report, company) && report.period().equals(week)).findFirst();
    }

    private static boolean isCompanyWeekly(Report report, String company) {
        return report.instrument() == Instrument.WEEKLY_REPORT && report.rater() == Rater.COMPANY
                && report.raterId().equals(company) && report.isSubmitted();
    }

    private static List<Score> present(ScoreSeries series) {
        return series.scores().stream().filter(score -> !score.isMissing()).toList();
    }

    private static int rounded(Score score) {
        return (int) Math.round(score.value().getAsDouble());
    }

    private static boolean running(List<Period> periods) {
        for (int i = 1; i < periods.size(); i++) {
            if (!periods.get(i - 1).next().equals(periods.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean strictly(List<Integer> values, boolean rising) {
        for (int i = 1; i < values.size(); i++) {
            int step = values.get(i) - values.get(i - 1);
            if (rising ? step <= 0 : step >= 0) {
                return false;
            }
        }
        return true;
    }
}
