package dk.nextwork.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.identity.Accounts;
import dk.nextwork.platform.module.InstallContext;
import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.Tasks;
import dk.nextwork.platform.module.UpdateStep;
import dk.nextwork.platform.module.VersionHandler;
import dk.nextwork.platform.repository.RepositoryFailure;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.Programme;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Configuration;
import dk.nextwork.reporting.Definition;
import dk.nextwork.reporting.Indicator;
import dk.nextwork.reporting.Instrument;
import dk.nextwork.reporting.Likelihood;
import dk.nextwork.reporting.OverdueReports;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.Rater;
import dk.nextwork.reporting.Reminders;
import dk.nextwork.reporting.Report;
import dk.nextwork.reporting.ReportArchive;
import dk.nextwork.reporting.TraitConfiguration;

/**
 * The trait configuration's first version (from the programme text), the reports tree and the
 * reminders' record; in demo mode, weeks of reports about the demo young people, so every
 * dashboard and score history has something to show, and the programme's figures counted from
 * them. Update 1.1.0 gives the young person their own view in the monthly assessment, as a new
 * configuration version; 1.2.0 the tree of the programme's figures; 1.3.0 counts the reports
 * overdue per company ({@link OverdueReports}).
 */
public final class ReportingVersionHandler implements VersionHandler {

    private static final Task TREES = Tasks.trees(TraitConfiguration.ROOT, Reminders.ROOT);

    /** The programme's kept figures ({@link HistogramStore}), new in 1.2.0. */
    private static final Task FIGURES_TREE = Tasks.trees(HistogramStore.ROOT);

    /** The figures of the reports installed with the demo (none in production): the few young people counted in the install's save. */
    private static final Task FIGURES = Task.of("count the young people's scores in the programme's figures", context -> {
        Session session = context.session();
        Configuration current = TraitConfiguration.currentIn(session);
        ContributionRefresh.rebuildIn(session, new ContributionRefresh.Scoring(current.version(), current.definition(),
                version -> {
                    try {
                        return TraitConfiguration.versionIn(session, version).definition();
                    } catch (RepositoryException e) {
                        throw new RepositoryFailure(e);
                    }
                }, PortalTime.today(context.clock())));
    });

    private static final Task FIRST_TRAIT_CONFIGURATION = Task.of("store the trait configuration's first version",
            context -> {
                if (!TraitConfiguration.isInstalled(context.session())) {
                    TraitConfiguration.store(context.session(), 1, "system:install", "Fra NExTWORK's programbeskrivelse",
                            DefaultDefinition.definition(), context.clock().instant());
                }
            });

    /** The reports tree itself is declared in the module's {@code module.yaml}. */
    private static final Task UNORDERED = Tasks.largeFolders(ReportStore.ROOT);

    private static final Task DEMO = Task.demo("add weeks of demo reports, assessments and a questionnaire",
            ReportingVersionHandler::demo);

    /** The overdue reports per company, kept for the programme's overview ({@link OverdueReports}). */
    private static final Task OVERDUE_TREE = Tasks.largeFolders(OverdueReports.ROOT);

    private static final Task OVERDUE = Task.of("count the reports overdue at each company",
            context -> OverdueReports.recountAllIn(context.session(), PortalTime.today(context.clock()),
                    context.clock().instant()));

    @Override
    public List<Task> installTasks() {
        return List.of(TREES, FIGURES_TREE, FIRST_TRAIT_CONFIGURATION, UNORDERED, DEMO, FIGURES, OVERDUE_TREE, OVERDUE);
    }

    /**
     * Before 1.1.0 only company and counsellor rated the monthly indicators. Versions are never
     * changed, so the young person's own view comes as the next version, on the configuration in
     * force (a coordinator's changes kept): each monthly indicator of the first version's that is
     * still there gains the young person, in their own words where its scale still has their steps.
     */
    private static final Task OWN_VIEW = Task.of("let the young person give their own view in the monthly assessment",
            context -> {
                Configuration current = TraitConfiguration.currentIn(context.session());
                Definition updated = withOwnViews(current.definition());
                if (!updated.equals(current.definition())) {
                    TraitConfiguration.store(context.session(), current.version() + 1, "system:update",
                            "Den unges egen vurdering ved siden af i månedsvurderingen", updated, context.clock().instant());
                }
            });

    @Override
    public List<UpdateStep> updateSteps() {
        // 1.2.0 only adds the figures' tree: every reports folder has no kept part yet, so each is due and the
        // worker counts them in batches after start-up (one save of a national-scale programme would be too big)
        return List.of(UpdateStep.to("1.1.0", OWN_VIEW), UpdateStep.to("1.2.0", FIGURES_TREE),
                UpdateStep.to("1.3.0", OVERDUE_TREE, OVERDUE));
    }

    static Definition withOwnViews(Definition definition) {
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator indicator : definition.indicators()) {
            Indicator.OwnView own = DefaultDefinition.OWN_VIEWS.get(indicator.id());
            if (own == null || indicator.cadence() != Cadence.MONTHLY || indicator.ratedBy(Rater.YOUNG_PERSON)) {
                indicators.add(indicator);
                continue;
            }
            boolean stepsFit = indicator.scale().max() - indicator.scale().min() + 1 == own.anchors().size();
            indicators.add(DefaultDefinition.withOwnView(indicator, stepsFit ? own : null));
        }
        return new Definition(definition.traits(), definition.dimensions(), indicators, definition.correctionWindowDays());
    }

    private static final String[] WEEKLY_COMMENTS = {
            "Mødte til tiden hele ugen og spurgte selv efter nye opgaver.",
            "En lidt svær uge; vi talte om det fredag, og det hjalp.",
            "Hjalp en ny kollega i gang. Godt gået.",
            "",
            "Var syg en dag, men gav besked i god tid."};

    private static void demo(InstallContext context) throws Exception {
        Session session = context.session();
        LocalDate today = PortalTime.today(context.clock());
        Definition definition = DefaultDefinition.definition();
        Optional<String> counsellor = Accounts.idOf(session, "counsellor@nextwork.example");
        Optional<String> rep = Accounts.idOf(session, "company@nextwork.example");
        Optional<String> mikkel = Accounts.idOf(session, "youth@nextwork.example");
        Map<String, Integer> seen = new HashMap<>();
        for (NodeIterator nodes = session.getNode(Programme.PLACEMENTS).getNodes(); nodes.hasNext(); ) {
            Node placement = nodes.nextNode();
            String youngPerson = placement.getProperty("youngPerson").getString();
            String company = placement.getProperty("company").getString();
            LocalDate start = LocalDate.parse(placement.getProperty("start").getString());
            LocalDate lastDay = placement.hasProperty("ended") ? LocalDate.parse(placement.getProperty("ended").getString())
                    : LocalDate.parse(placement.getProperty("plannedEnd").getString());
            String by = "surdejshjoernet".equals(company) && rep.isPresent() ? rep.get() : "demo:" + company;
            List<Period> weeks = new ArrayList<>();
            for (Period week = Period.of(Cadence.WEEKLY, start); week.end().isBefore(today) && !week.start().isAfter(lastDay);
                 week = week.next()) {
                weeks.add(week);
            }
            for (int i = 0; i < weeks.size(); i++) {
                int step = seen.merge(youngPerson, 1, Integer::sum);
                boolean lastWeek = i == weeks.size() - 1 && weeks.get(i).next().contains(today);
                boolean weekBefore = i == weeks.size() - 2 && weeks.get(i).next().next().contains(today);
                if ((lastWeek || weekBefore) && "surdejshjoernet".equals(company)) {
                    continue; // left for the demo representative to file: overdue on the dashboard
                }
                Report.Status status = lastWeek && mikkel.filter(youngPerson::equals).isPresent() ? Report.Status.DRAFT
                        : Report.Status.SUBMITTED;
                report(session, today, youngPerson, Instrument.WEEKLY_REPORT, weeks.get(i), Rater.COMPANY, company, by,
                        ratings(definition, Instrument.WEEKLY_REPORT, Rater.COMPANY, youngPerson, step),
                        WEEKLY_COMMENTS[step % WEEKLY_COMMENTS.length], step % 5 == 4 ? 7 : 0, null, status);
            }
            for (Period month = Period.of(Cadence.MONTHLY, start); month.next().start().isBefore(today)
                    && !month.start().isAfter(lastDay); month = month.next()) {
                if (month.next().contains(today) && "surdejshjoernet".equals(company) && !lastDay.isBefore(today)) {
                    continue; // the month just ended is the demo representative's to assess, whatever day it is
                }
                int step = seen.getOrDefault(youngPerson, 1);
                report(session, today, youngPerson, Instrument.MONTHLY_ASSESSMENT, month, Rater.COMPANY, company, by,
                        ratings(definition, Instrument.MONTHLY_ASSESSMENT, Rater.COMPANY, youngPerson, step), "", null, null,
                        Report.Status.SUBMITTED);
                if (counsellor.isPresent() && inGroupOf(session, counsellor.get(), youngPerson)) {
                    // the counsellor's assessment of a month a young person moved on in is added once
                    report(session, today, youngPerson, Instrument.MONTHLY_ASSESSMENT, month, Rater.COUNSELLOR, counsellor.get(),
                            counsellor.get(), ratings(definition, Instrument.MONTHLY_ASSESSMENT, Rater.COUNSELLOR,
                                    youngPerson, step + 1), "", null, likelihood(youngPerson, step), Report.Status.SUBMITTED);
                }
                if (mikkel.filter(youngPerson::equals).isPresent()) {
                    // Mikkel gave his own view of the months behind him; this month's is still his to give, if he likes
                    report(session, today, youngPerson, Instrument.MONTHLY_ASSESSMENT, month, Rater.YOUNG_PERSON, youngPerson,
                            youngPerson, ratings(definition, Instrument.MONTHLY_ASSESSMENT, Rater.YOUNG_PERSON, youngPerson,
                                    step + 2), "", null, null, Report.Status.SUBMITTED);
                }
            }
        }
        // Noah and the rest of Jonas's group answered this half-year's questionnaire; Mikkel's is still to do
        for (String email : List.of("noah.vestergaard@nextwork.example", "ali.demir@nextwork.example",
                "freja.moeller@nextwork.example", "laura.nielsen@nextwork.example", "oliver.jensen@nextwork.example")) {
            Optional<String> answered = Accounts.idOf(session, email);
            if (answered.isPresent()) {
                Period half = Period.of(Cadence.HALF_YEARLY, today);
                report(session, today, answered.get(), Instrument.QUESTIONNAIRE, half, Rater.YOUNG_PERSON, answered.get(),
                        answered.get(), ratings(definition, Instrument.QUESTIONNAIRE, Rater.YOUNG_PERSON, answered.get(), 6),
                        "", null, null, Report.Status.SUBMITTED);
            }
        }
    }

    /** The counsellor's belief, 2 to 5, growing with the weeks as the ratings do (fictional). */
    private static Integer likelihood(String youngPerson, int step) {
        int seed = Math.abs(youngPerson.hashCode());
        return Math.max(Likelihood.MIN, Math.min(Likelihood.MAX, 2 + step / 4 + (seed % 3 == 0 ? 1 : 0)));
    }

    private static boolean inGroupOf(Session session, String counsellor, String youngPerson) throws RepositoryException {
        for (NodeIterator groups = session.getNode(Programme.GROUPS).getNodes(); groups.hasNext(); ) {
            Node group = groups.nextNode();
            if (group.getProperty("counsellor").getString().equals(counsellor) && group.hasProperty("members")) {
                for (javax.jcr.Value member : group.getProperty("members").getValues()) {
                    if (member.getString().equals(youngPerson)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Ratings that rise slowly with the weeks, varying by indicator and person (fictional). */
    private static Map<String, Integer> ratings(Definition definition, Instrument instrument, Rater rater, String youngPerson,
                                                int step) {
        Map<String, Integer> ratings = new HashMap<>();
        int seed = Math.abs(youngPerson.hashCode());
        List<Indicator> form = definition.indicatorsFor(instrument, rater);
        for (int i = 0; i < form.size(); i++) {
            Indicator indicator = form.get(i);
            if ((seed + step + i) % 11 == 0) {
                continue; // now and then the rater could not judge one
            }
            int value = 2 + Math.min(2, step / 3) + ((seed + i + step) % 4 == 0 ? -1 : 0) + ((seed + i) % 5 == 0 ? 1 : 0);
            ratings.put(indicator.id(), Math.max(indicator.scale().min(), Math.min(indicator.scale().max(), value)));
        }
        return ratings;
    }

    private static void report(Session session, LocalDate today, String youngPerson, Instrument instrument, Period period,
                               Rater rater, String raterId, String by, Map<String, Integer> ratings, String comment, Integer absence,
                               Integer likelihood, Report.Status status) throws RepositoryException {
        String name = ReportStore.name(instrument, period, rater, raterId);
        Instant at = period.end().plusDays(1).atTime(10, 0).atZone(PortalTime.ZONE).toInstant();
        if (instrument == Instrument.QUESTIONNAIRE) {
            LocalDate answered = today.minusWeeks(2);
            at = (answered.isBefore(period.start()) ? period.start() : answered).atTime(15, 30).atZone(PortalTime.ZONE).toInstant();
        }
        Report report = new Report(name, youngPerson, instrument, period, rater, raterId, 1, ratings, comment,
                Optional.ofNullable(absence), Optional.ofNullable(likelihood), status, at, by,
                status == Report.Status.SUBMITTED ? Optional.of(at) : Optional.empty(), List.of());
        ReportArchive.add(session, report);
    }
}
