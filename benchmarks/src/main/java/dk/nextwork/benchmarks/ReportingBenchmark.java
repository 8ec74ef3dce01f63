package dk.nextwork.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.development.Conversations;
import dk.nextwork.development.Development;
import dk.nextwork.development.DevelopmentPicture;
import dk.nextwork.development.ui.DevelopmentCharts;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.i18n.Texts;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.Programme;
import dk.nextwork.program.internal.ProgramRelationships;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Indicator;
import dk.nextwork.reporting.Instrument;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.Rater;
import dk.nextwork.reporting.Report;
import dk.nextwork.reporting.ReportArchive;
import dk.nextwork.reporting.ReportInput;
import dk.nextwork.reporting.Reports;
import dk.nextwork.reporting.ScoreHistory;
import dk.nextwork.reporting.Scores;
import dk.nextwork.reporting.TraitConfiguration;

/**
 * A national-scale data set (by default 40,000 young people, 3,000 companies, 3 years of weekly
 * reports: about 6 million) loaded into the embedded Oak store, then: saving one weekly report
 * through the reporting service, reading one young person's full score history, and opening the
 * development visualisation as the young person (the picture read with access checks and audit,
 * the three charts built and serialised to the JSON sent to the browser), each as p50/p99 over
 * {@value #SAMPLES} young people chosen at random, with the visualisation's payload size. Sizes: {@code -Dbench.youth},
 * {@code -Dbench.companies}, {@code -Dbench.years}.
 */
public final class ReportingBenchmark {

    private static final int SAMPLES = 1_000;
    private static final int WARM_UP = 300;
    private static final int YOUTH_PER_SAVE = 100;
    private static final int LOADERS = 2;
    private static final int PLACEMENT_WEEKS = 24;
    private static final SignedInUser COORDINATOR = new SignedInUser("bench-coordinator", "k@example.org", "Koordinator",
            Set.of(Role.COORDINATOR), null, "da");

    private ReportingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int youth = Integer.getInteger("bench.youth", 40_000);
        int companies = Integer.getInteger("bench.companies", 3_000);
        int years = Integer.getInteger("bench.years", 3);
        Path home = Files.createTempDirectory("nextwork-reporting-benchmark");
        try (Platform platform = Platform.start(PortalConfiguration.load(Map.of("NEXTWORK_HOME", home.toString(),
                "NEXTWORK_LIGHT_MODULES", System.getProperty("nextwork.light-modules", "../light-modules")), home),
                ReportingBenchmark.class.getClassLoader())) {
            IdentityFixture identity = new IdentityFixture(platform, Clock.systemUTC());
            Programme programme = new Programme(platform.repository());
            PersonAccess access = new PersonAccess(identity.accounts, identity.audit, List.of(new ProgramRelationships(programme)));
            TraitConfiguration configuration = new TraitConfiguration(platform.repository(), identity.audit);
            Reports reports = new Reports(platform.repository(), configuration, programme, access, identity.audit);
            Scores scores = new Scores(platform.repository(), configuration, access, reports);
            List<Indicator> weekly = configuration.current().definition().indicatorsFor(Instrument.WEEKLY_REPORT, Rater.COMPANY);

            long started = System.nanoTime();
            Map<String, String> placedNow = load(platform, identity.accounts, youth, companies, years, weekly);
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            long bytes;
            try (Stream<Path> files = Files.walk(home)) {
                bytes = files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
            }
            System.out.printf("data set                  : %,d young people, %,d companies, %,d weekly reports (%d years)%n",
                    youth, companies, loaded.get(), years);
            System.out.printf("bulk load                 : %,.0f s (%,.0f reports/s), %,.1f GB on disk%n", loadSeconds,
                    loaded.get() / loadSeconds, bytes / 1e9);

            List<String> people = new ArrayList<>(placedNow.keySet());
            Random random = new Random(7);
            java.util.Collections.shuffle(people, random);
            Period thisWeek = Period.of(Cadence.WEEKLY, LocalDate.now(PortalTime.ZONE));
            List<Long> saves = new ArrayList<>();
            for (int i = 0; i < WARM_UP + SAMPLES; i++) {
                String person = people.get(i);
                SignedInUser rep = new SignedInUser("bench-rep-" + placedNow.get(person), "r@example.org", "Rep",
                        Set.of(Role.COMPANY_REP), placedNow.get(person), "da");
                ReportInput input = new ReportInput(person, Instrument.WEEKLY_REPORT, thisWeek, ratings(weekly, random),
                        "Godt arbejde i denne uge.", random.nextInt(4));
                long t = System.nanoTime();
                reports.submit(new Caller(rep, "benchmark"), input);
                if (i >= WARM_UP) {
                    saves.add(System.nanoTime() - t);
                }
            }
            print("save one weekly report", saves);

            java.util.Collections.shuffle(people, random);
            List<Long> reads = new ArrayList<>();
            int periods = 0;
            for (int i = 0; i < WARM_UP + SAMPLES; i++) {
                long t = System.nanoTime();
                ScoreHistory history = scores.history(new Caller(COORDINATOR, "benchmark"), people.get(i));
                if (i >= WARM_UP) {
                    reads.add(System.nanoTime() - t);
                    periods = Math.max(periods, history.series().get(0).scores().size());
                }
            }
            print("full score history (" + periods + " weeks)", reads);

            Companies companyNames = new Companies(platform.repository(), identity.audit);
            Conversations conversations = new Conversations(platform.repository(), access, configuration, programme,
                    identity.audit);
            Development development = new Development(scores, reports, identity.accounts, access, programme, companyNames,
                    conversations, configuration);
            Texts texts = Texts.of(ReportingBenchmark.class.getClassLoader());
            DevelopmentCharts charts = new DevelopmentCharts(Texts.DANISH, (key, values) -> texts.get(Texts.DANISH, key, values));
            java.util.Collections.shuffle(people, random);
            List<Long> opens = new ArrayList<>();
            List<Long> payloads = new ArrayList<>();
            for (int i = 0; i < WARM_UP + SAMPLES; i++) {
                String person = people.get(i);
                SignedInUser self = new SignedInUser(person, "u@example.org", "Ung", Set.of(Role.YOUTH), null, "da");
                long t = System.nanoTime();
                DevelopmentPicture picture = development.picture(new Caller(self, "benchmark"), person);
                long payload = charts.radar(picture).toJson().length() + charts.trend(picture, true).toJson().length()
                        + charts.trend(picture, false).toJson().length();
                if (i >= WARM_UP) {
                    opens.add(System.nanoTime() - t);
                    payloads.add(payload);
                }
            }
            print("open the visualisation", opens);
            List<Long> sizes = payloads.stream().sorted().toList();
            System.out.printf("%-26s: median %,d bytes, max %,d bytes of chart JSON (before compression)%n",
                    "visualisation payload", sizes.get(sizes.size() / 2), sizes.get(sizes.size() - 1));
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    static final java.util.concurrent.atomic.AtomicLong loaded = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Companies, young people with accounts and enrolments, each young person's course as
     * placements of {@value #PLACEMENT_WEEKS} weeks at random companies, and a submitted weekly
     * report for every week of it up to last week. Returns who is placed where today.
     */
    static Map<String, String> load(Platform platform, dk.nextwork.identity.Accounts accounts, int youth, int companies,
                                            int years, List<Indicator> weekly) throws Exception {
        return load(platform, accounts, youth, companies, years, weekly, false);
    }

    /**
     * As above; {@code staggered}: each young person's placements change in a week of their own
     * (the first one shorter), so that placements end on every day of the year rather than all
     * on the same one.
     */
    static Map<String, String> load(Platform platform, dk.nextwork.identity.Accounts accounts, int youth, int companies,
                                    int years, List<Indicator> weekly, boolean staggered) throws Exception {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        Period first = Period.of(Cadence.WEEKLY, today.minusYears(years));
        Period thisWeek = Period.of(Cadence.WEEKLY, today);
        Map<String, String> placedNow = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicInteger progress = new java.util.concurrent.atomic.AtomicInteger();
        platform.repository().withServiceSession(session -> {
            Node companyTree = session.getNode(Companies.COMPANIES);
            for (int c = 0; c < companies; c++) {
                Node company = companyTree.addNode("bench-" + c, "nt:unstructured");
                company.setProperty("name", "Virksomhed " + c);
                company.setProperty("industry", "Benchmark");
                company.setProperty("employees", 10L);
                company.setProperty("placementCapacity", 50L);
                company.setProperty("memberSince", first.start().toString());
            }
            session.save();
            return null;
        });
        long accountsStarted = System.nanoTime();
        SignedInUser admin = new SignedInUser("bench-admin", "a@example.org", "Admin", Set.of(Role.ADMIN), null, "da");
        List<String> ids = new ArrayList<>();
        for (int y = 0; y < youth; y++) {
            ids.add(accounts.create(admin, "bench-" + y + "@example.org", "Ung " + y, Set.of(Role.YOUTH), null, "da").id());
        }
        System.out.printf("  %,d accounts in %,.0f s%n", youth, (System.nanoTime() - accountsStarted) / 1e9);
        // one loader per core: the folders keep no child order, so loaders adding side by side do not conflict
        java.util.concurrent.ExecutorService loaders = java.util.concurrent.Executors.newFixedThreadPool(LOADERS);
        List<java.util.concurrent.Future<?>> batches = new ArrayList<>();
        for (int from = 0; from < youth; from += YOUTH_PER_SAVE) {
            List<String> batch = ids.subList(from, Math.min(youth, from + YOUTH_PER_SAVE));
            long seed = from;
            batches.add(loaders.submit(() -> {
                Random random = new Random(seed);
                platform.repository().withServiceSession(session -> {
                    for (String id : batch) {
                        int phase = staggered ? random.nextInt(PLACEMENT_WEEKS) : 0;
                        course(session, id, first, thisWeek, companies, weekly, random, placedNow, phase);
                    }
                    session.save();
                    return null;
                });
                int done = progress.addAndGet(batch.size());
                if (done % 5_000 == 0) {
                    System.out.printf("  loaded %,d young people, %,d reports%n", done, loaded.get());
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> batch : batches) {
            batch.get();
        }
        loaders.shutdown();
        return placedNow;
    }

    /** A young person's enrolment, placements one after another, and a weekly report for every past week. */
    private static void course(Session session, String id, Period first, Period thisWeek, int companies,
                               List<Indicator> weekly, Random random, Map<String, String> placedNow, int phase)
            throws RepositoryException {
        Node enrolment = session.getNode(Enrolments.YOUTH).addNode(id, "nt:unstructured");
        enrolment.setProperty("hoursPerWeek", 20L);
        enrolment.setProperty("interests", "");
        enrolment.setProperty("goals", "");
        enrolment.setProperty("status", "ACTIVE");
        enrolment.setProperty("enrolled", first.start().toString());
        String company = null;
        int step = 0;
        for (Period week = first; week.compareTo(thisWeek) <= 0; week = week.next(), step++) {
            if (step == 0 || (step + phase) % PLACEMENT_WEEKS == 0) {
                int weeks = PLACEMENT_WEEKS - (step + phase) % PLACEMENT_WEEKS;
                company = "bench-" + random.nextInt(companies);
                Node placement = session.getNode(Programme.PLACEMENTS).addNode(id + "-" + step, "nt:unstructured");
                placement.setProperty("youngPerson", id);
                placement.setProperty("company", company);
                placement.setProperty("start", week.start().toString());
                placement.setProperty("plannedEnd", week.start().plusWeeks(weeks).minusDays(1).toString());
            }
            if (week.equals(thisWeek)) {
                placedNow.put(id, company);
                return;
            }
            Instant submitted = week.end().plusDays(1).atTime(9, 0).atZone(PortalTime.ZONE).toInstant();
            ReportArchive.add(session, new Report(null, id, Instrument.WEEKLY_REPORT, week, Rater.COMPANY, company, 1,
                    ratings(weekly, random), "", Optional.of(0), Report.Status.SUBMITTED, submitted, "bench-rep",
                    Optional.of(submitted), List.of()));
            loaded.incrementAndGet();
        }
    }

    private static Map<String, Integer> ratings(List<Indicator> weekly, Random random) {
        Map<String, Integer> ratings = new HashMap<>();
        for (Indicator indicator : weekly) {
            if (random.nextInt(20) > 0) {
                ratings.put(indicator.id(), indicator.scale().min() + random.nextInt(indicator.scale().max() - indicator.scale().min() + 1));
            }
        }
        return ratings;
    }

    static void print(String what, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        System.out.printf("%-26s: p50 %,.1f ms, p99 %,.1f ms, max %,.1f ms (%d samples)%n", what,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6, sorted.size());
    }
}
