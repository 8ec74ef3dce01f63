package dk.nextwork.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import javax.jcr.Node;

import dk.nextwork.development.CohortPicture;
import dk.nextwork.development.Cohorts;
import dk.nextwork.development.Conversations;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.Occupancy;
import dk.nextwork.program.PlacementState;
import dk.nextwork.program.Placements;
import dk.nextwork.program.Programme;
import dk.nextwork.program.internal.ProgramRelationships;
import dk.nextwork.reporting.Indicator;
import dk.nextwork.reporting.OverdueReports;
import dk.nextwork.reporting.Instrument;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.ProgrammeScores;
import dk.nextwork.reporting.Rater;
import dk.nextwork.reporting.ReportArchive;
import dk.nextwork.reporting.Reports;
import dk.nextwork.reporting.ReportsDue;
import dk.nextwork.reporting.Scores;
import dk.nextwork.reporting.TraitConfiguration;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.signals.Signal;
import dk.nextwork.signals.SignalKind;
import dk.nextwork.signals.Signals;
import dk.nextwork.signals.internal.SignalStore;
import dk.nextwork.today.CompanyDesk;
import dk.nextwork.today.CounsellorDesk;
import dk.nextwork.today.ProgrammeGlance;
import dk.nextwork.today.ProgrammeOverview;

/**
 * The start views at national scale, server side: the data set of {@link ReportingBenchmark}
 * (40,000 young people, 3,000 companies, 3 years of weekly reports; each young person's placements
 * change in a week of their own, so some end every day), with every young person in a
 * network group of {@value #GROUP_SIZE} (one counsellor each), one in {@value #UNPLACED_EVERY}
 * between placements, an open signal for one in {@value #SIGNAL_EVERY}, and last week's report
 * missing for one in {@value #LATE_EVERY}. The load writes nodes directly, so what the services keep
 * (each placement's last day, who is placed where today, the reports overdue per company) is then
 * counted afresh, as an update step does on an existing installation, and the time printed. Then it calls the
 * services as the views do and times them: the coordinator's overview, a counsellor's groups and
 * assessments owed, a representative's young people (a company with 5 placed now) and to-do
 * list, the coordinator's cohort, and the first page of 50 of the coordinators' list of placements, active
 * and all. p50/p99 over up to {@value #SAMPLES} runs after a first call
 * and up to {@value #WARM_UP} more as warm-up, fewer for what is slow (at least {@value #FEWEST},
 * within about {@value #BUDGET_SECONDS} s; a first call slower than that is the only one).
 */
public final class StartViewsBenchmark {

    private static final int SAMPLES = 50;
    private static final int WARM_UP = 5;
    private static final int FEWEST = 3;
    private static final int BUDGET_SECONDS = 120;
    private static final int GROUP_SIZE = 10;
    private static final int UNPLACED_EVERY = 20;
    private static final int SIGNAL_EVERY = 10;
    private static final int LATE_EVERY = 8;
    private static final int PLACED_AT_REPRESENTATIVE = 5;
    private static final int LIST_PAGE = 50;
    private static final SignedInUser COORDINATOR = new SignedInUser("bench-coordinator", "k@example.org", "Koordinator",
            Set.of(Role.COORDINATOR), null, "da");

    private StartViewsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int youth = Integer.getInteger("bench.youth", 40_000);
        int companyCount = Integer.getInteger("bench.companies", 3_000);
        int years = Integer.getInteger("bench.years", 3);
        Path home = Files.createTempDirectory("nextwork-start-views-benchmark");
        try (Platform platform = Platform.start(PortalConfiguration.load(Map.of("NEXTWORK_HOME", home.toString(),
                "NEXTWORK_LIGHT_MODULES", System.getProperty("nextwork.light-modules", "../light-modules")), home),
                StartViewsBenchmark.class.getClassLoader())) {
            IdentityFixture identity = new IdentityFixture(platform, Clock.systemUTC());
            Programme programme = new Programme(platform.repository());
            Companies companies = new Companies(platform.repository(), identity.audit);
            Enrolments enrolments = new Enrolments(platform.repository(), identity.accounts, identity.audit);
            PersonAccess access = new PersonAccess(identity.accounts, identity.audit, List.of(new ProgramRelationships(programme)));
            TraitConfiguration configuration = new TraitConfiguration(platform.repository(), identity.audit);
            Reports reports = new Reports(platform.repository(), configuration, programme, access, identity.audit);
            ReportsDue due = new ReportsDue(platform.repository(), configuration, programme);
            Scores scores = new Scores(platform.repository(), configuration, access, reports);
            Conversations conversations = new Conversations(platform.repository(), access, configuration, programme,
                    identity.audit);
            Signals signals = new Signals(platform.repository(), identity.accounts, access, programme, companies, reports,
                    scores, conversations, identity.audit);
            Occupancy occupancy = new Occupancy(platform.repository());
            OverdueReports overdue = new OverdueReports(platform.repository(), programme);
            ProgrammeOverview overview = new ProgrammeOverview(programme, companies, enrolments, identity.accounts, access,
                    identity.audit, occupancy, overdue, signals);
            CounsellorDesk counsellorDesk = new CounsellorDesk(programme, companies, enrolments, identity.accounts,
                    identity.audit, reports, due, signals);
            CompanyDesk companyDesk = new CompanyDesk(programme, companies, enrolments, identity.accounts, identity.audit,
                    reports, due, scores, conversations, signals);
            ProgrammeScores programmeScores = new ProgrammeScores(platform.repository(), configuration, identity.audit);
            Cohorts cohorts = new Cohorts(access, scores, programmeScores, identity.audit);
            List<Indicator> weekly = configuration.current().definition().indicatorsFor(Instrument.WEEKLY_REPORT, Rater.COMPANY);

            long started = System.nanoTime();
            Map<String, String> placedNow = new HashMap<>(ReportingBenchmark.load(platform, identity.accounts, youth,
                    companyCount, years, weekly, true));
            List<String> people = new ArrayList<>(placedNow.keySet());
            Collections.sort(people);
            Collections.shuffle(people, new Random(11));
            between(platform, programme, people, placedNow);
            String counsellor = groups(platform, people);
            openSignals(platform, people);
            lastWeekMissing(platform, people, placedNow);
            // the loader writes reports straight into the repository, as an import would: count the programme's figures once
            long rebuildStarted = System.nanoTime();
            int counted = programmeScores.rebuild();
            System.out.printf("programme's figures       : %,d young people counted in %,.1f s (ProgrammeScores.rebuild)%n",
                    counted, (System.nanoTime() - rebuildStarted) / 1e9);
            System.out.printf("data set                  : %,d young people (%,d placed today), %,d companies, %,d weekly reports,"
                    + " %,d groups of %d, loaded in %,.0f s%n", youth, placedNow.size(), companyCount,
                    ReportingBenchmark.loaded.get(), people.size() / GROUP_SIZE, GROUP_SIZE, (System.nanoTime() - started) / 1e9);
            // the load wrote the accounts directly: read the young people's directory once, as a first listing would
            long rebuilt = System.nanoTime();
            identity.accounts.rebuildAccountDirectory();
            System.out.printf("young people's directory  : read in %,.1f s%n", (System.nanoTime() - rebuilt) / 1e9);

            // the load wrote placements, enrolments and reports directly: count what the services keep, as an update step does
            long counting = System.nanoTime();
            int changed = occupancy.recountAll();
            System.out.printf("occupancy recounted       : %,d nodes written (each placement's last day, who is placed where)"
                    + " in %,.1f s%n", changed, (System.nanoTime() - counting) / 1e9);
            counting = System.nanoTime();
            Map<String, Integer> late = overdue.recountAll();
            System.out.printf("overdue reports recounted : %,d companies with %,d overdue in %,.1f s%n", late.size(),
                    late.values().stream().mapToInt(Integer::intValue).sum(), (System.nanoTime() - counting) / 1e9);

            Caller coordinator = new Caller(COORDINATOR, "benchmark");
            long t = System.nanoTime();
            ProgrammeGlance glance = overview.glance(coordinator);
            long first = System.nanoTime() - t;
            System.out.printf("coordinator's overview    : %,d without a placement, %,d ending soon, %,d companies, %,d with"
                    + " reports overdue, %,d open signals%n", glance.withoutPlacementCount(), glance.endingSoonCount(),
                    glance.companies(), glance.overdueCompanies(), glance.signalsCount());
            time("coordinator: overview", first, () -> overview.glance(coordinator));
            // what the overview reads, part by part, so the slowest is seen
            LocalDate today = programme.today();
            time("  overview: occupancy", -1, occupancy::counted);
            List<String> awaiting = occupancy.counted().awaitingPlacement();
            time("  overview: awaiting named", -1, () -> access.visibleAmong(COORDINATOR, awaiting, null));
            // those ending soon are counted from what is kept; the placements shown are read from the soonest day on
            time("  overview: ending today", -1, () -> programme.placementsEndingBetween(today, today));
            time("  overview: companies", -1, companies::all);
            time("  overview: overdue", -1, overdue::byCompany);
            time("  overview: signals", -1, () -> signals.openPage(coordinator, enrolments::activeAmong,
                    ProgrammeOverview.SHOWN));

            Caller counsellorCaller = new Caller(new SignedInUser(counsellor, "c@example.org", "Vejleder Jonas",
                    Set.of(Role.COUNSELLOR), null, "da"), "benchmark");
            t = System.nanoTime();
            counsellorDesk.groups(counsellorCaller);
            counsellorDesk.owed(counsellorCaller);
            first = System.nanoTime() - t;
            System.out.printf("counsellor's groups       : %,d young people, %,d to file%n",
                    counsellorDesk.groups(counsellorCaller).stream().mapToInt(group -> group.members().size()).sum(),
                    counsellorDesk.owed(counsellorCaller).size());
            time("counsellor: groups + owed", first, () -> {
                counsellorDesk.groups(counsellorCaller);
                return counsellorDesk.owed(counsellorCaller);
            });

            String company = companyWith(placedNow, PLACED_AT_REPRESENTATIVE);
            Caller representative = new Caller(new SignedInUser("bench-rep-" + company, "r@example.org", "Rep",
                    Set.of(Role.COMPANY_REP), company, "da"), "benchmark");
            t = System.nanoTime();
            companyDesk.placedNow(representative);
            companyDesk.toDo(representative);
            companyDesk.placedBefore(representative);
            first = System.nanoTime() - t;
            System.out.printf("representative's company  : %s, %d placed now, %,d placed before%n", company,
                    companyDesk.placedNow(representative).size(), companyDesk.placedBefore(representative).size());
            time("representative: 5 placed", first, () -> {
                companyDesk.placedNow(representative);
                companyDesk.toDo(representative);
                return companyDesk.placedBefore(representative);
            });

            // the lists: a page of 50 young people, as the grids fetch them (names by the kept directory, the page read and audited)
            t = System.nanoTime();
            int listed = access.youngPeople(coordinator, null, 0, LIST_PAGE).total();
            first = System.nanoTime() - t;
            System.out.printf("coordinator's people list : %,d young people, pages of %d%n", listed, LIST_PAGE);
            time("coordinator: people, first page", first, () -> access.youngPeople(coordinator, null, 0, LIST_PAGE));
            time("coordinator: people, page at 20,000", -1, () -> access.youngPeople(coordinator, null, 20_000, LIST_PAGE));
            time("coordinator: people, search \"ung 123\"", -1, () -> access.youngPeople(coordinator, "ung 123", 0, LIST_PAGE));
            time("counsellor: people", -1, () -> access.youngPeople(counsellorCaller, null, 0, LIST_PAGE));
            // what the groups, meetings and companies views read whole: every group, every company (their lists are not paged)
            time("coordinator: every group", -1, programme::allGroups);
            time("coordinator: every company", -1, companies::all);

            t = System.nanoTime();
            CohortPicture picture = cohorts.picture(coordinator);
            first = System.nanoTime() - t;
            System.out.printf("coordinator's cohort      : %,d young people, %d dimensions%n", picture.people(),
                    picture.dimensions().size());
            time("coordinator: cohort", first, () -> cohorts.picture(coordinator));

            // the coordinators' list of placements opens with its first page (the grid fetches 50 at a time)
            Placements placements = new Placements(platform.repository(), identity.audit, programme, access);
            for (PlacementState state : new PlacementState[] {PlacementState.ACTIVE, PlacementState.ALL}) {
                t = System.nanoTime();
                List<dk.nextwork.program.Placement> page = placements.page(COORDINATOR, null, state, null, 0, 50);
                first = System.nanoTime() - t;
                System.out.printf("placements, first page    : %s, %d placements, starting %s to %s%n", state, page.size(),
                        page.isEmpty() ? "-" : page.get(0).start(), page.isEmpty() ? "-" : page.get(page.size() - 1).start());
                time("coordinator: placements " + state.name().toLowerCase(java.util.Locale.ROOT), first,
                        () -> placements.page(COORDINATOR, null, state, null, 0, 50));
            }
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** One young person in {@value #UNPLACED_EVERY} is between placements: today's placement ended yesterday. */
    private static void between(Platform platform, Programme programme, List<String> people, Map<String, String> placedNow) {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        platform.repository().withServiceSession(session -> {
            for (int i = 0; i < people.size(); i += UNPLACED_EVERY) {
                String person = people.get(i);
                Optional<dk.nextwork.program.Placement> now = programme.placementOn(person, today);
                if (now.isEmpty()) {
                    continue;
                }
                Node placement = session.getNode(Programme.PLACEMENTS + "/" + now.get().id());
                if (now.get().start().isBefore(today)) {
                    placement.setProperty("ended", today.minusDays(1).toString());
                    placement.setProperty("endReason", "benchmark");
                } else {
                    placement.remove();
                }
                placedNow.remove(person);
            }
            session.save();
            return null;
        });
    }

    /** Every young person in a network group of {@value #GROUP_SIZE}, each group led by its own counsellor; returns one of them. */
    private static String groups(Platform platform, List<String> people) {
        return platform.repository().withServiceSession(session -> {
            Node groups = session.getNode(Programme.GROUPS);
            String first = null;
            for (int from = 0, g = 0; from < people.size(); from += GROUP_SIZE, g++) {
                Node group = groups.addNode("bench-group-" + g, "nt:unstructured");
                group.setProperty("name", "Gruppe " + g);
                group.setProperty("counsellor", "bench-counsellor-" + g);
                group.setProperty("members", people.subList(from, Math.min(people.size(), from + GROUP_SIZE)).toArray(String[]::new));
                group.setProperty(Programme.MEETS_ON, java.time.DayOfWeek.of(1 + g % 5).name());
                group.setProperty(Programme.MEETS_AT, "14:00");
                if (first == null) {
                    first = "bench-counsellor-" + g;
                }
                if (g % 500 == 0) {
                    session.save();
                }
            }
            session.save();
            return first;
        });
    }

    /** An open signal (a dimension falling) for one young person in {@value #SIGNAL_EVERY}. */
    private static void openSignals(Platform platform, List<String> people) {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        Period week = Period.of(Cadence.WEEKLY, today).previous();
        platform.repository().withServiceSession(session -> {
            for (int i = 0; i < people.size(); i += SIGNAL_EVERY) {
                SignalStore.addIfNew(session, new Signal("falling-bench-" + i, people.get(i), SignalKind.DIMENSION_FALLING,
                        today.minusDays(2), Optional.empty(), List.of(week.previous().previous(), week.previous(), week),
                        List.of(4, 3, 2), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of("engagement")));
            }
            session.save();
            return null;
        });
    }

    /** Last week's report is not in for one young person in {@value #LATE_EVERY} placed today: overdue since Monday. */
    private static void lastWeekMissing(Platform platform, List<String> people, Map<String, String> placedNow) {
        Period lastWeek = Period.of(Cadence.WEEKLY, LocalDate.now(PortalTime.ZONE)).previous();
        platform.repository().withServiceSession(session -> {
            for (int i = 3; i < people.size(); i += LATE_EVERY) {
                String company = placedNow.get(people.get(i));
                if (company != null) {
                    ReportArchive.remove(session, people.get(i),
                            dk.nextwork.reporting.internal.ReportStore.name(Instrument.WEEKLY_REPORT, lastWeek, Rater.COMPANY, company));
                }
            }
            session.save();
            return null;
        });
    }

    /** A company with exactly that many young people placed today (the closest count if none has it). */
    private static String companyWith(Map<String, String> placedNow, int count) {
        Map<String, Integer> placed = new java.util.TreeMap<>();
        placedNow.values().forEach(company -> placed.merge(company, 1, Integer::sum));
        return placed.entrySet().stream().min(Comparator.comparing((Map.Entry<String, Integer> entry) ->
                Math.abs(entry.getValue() - count)).thenComparing(Map.Entry::getKey)).orElseThrow().getKey();
    }

    /** Times the view after its first call (which took {@code first} ns); one slower than the whole budget is not repeated. */
    private static void time(String what, long first, Callable<?> view) throws Exception {
        long budget = BUDGET_SECONDS * 1_000_000_000L;
        if (first > budget) {
            System.out.printf("%-26s: one call %,.1f s (slower than the budget of %d s, so not repeated)%n", what, first / 1e9,
                    BUDGET_SECONDS);
            return;
        }
        long began = System.nanoTime();
        // the call before (that prints what the view holds) warmed up already; more while they are quick
        for (int i = 0; i < WARM_UP && System.nanoTime() - began < budget / 4; i++) {
            view.call();
        }
        List<Long> times = new ArrayList<>();
        began = System.nanoTime();
        while (times.size() < SAMPLES && (times.size() < FEWEST || System.nanoTime() - began < budget)) {
            long t = System.nanoTime();
            view.call();
            times.add(System.nanoTime() - t);
        }
        ReportingBenchmark.print(what, times);
    }
}
