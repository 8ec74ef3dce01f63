package dk.nextwork.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

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
import dk.nextwork.program.Placements;
import dk.nextwork.program.Programme;
import dk.nextwork.program.internal.ProgramRelationships;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Instrument;
import dk.nextwork.reporting.Period;
import dk.nextwork.reporting.ReportInput;
import dk.nextwork.reporting.Reports;
import dk.nextwork.reporting.TraitConfiguration;

/**
 * How many weekly reports a second the reporting service saves on the embedded store, each one
 * on disk before the call returns, with 1 and with 4 representatives saving at once (each save
 * with its access check and audit entry): {@value #SECONDS} s per round after
 * {@value #WARM_UP_SECONDS} s of warm-up, with p50/p99 of one save.
 */
public final class ReportSaveBenchmark {

    private static final int YOUNG_PEOPLE = 1_000;
    private static final int COMPANIES = 20;
    private static final int WEEKS = 24;
    private static final int SECONDS = 10;
    private static final int WARM_UP_SECONDS = 3;
    private static final SignedInUser COORDINATOR = new SignedInUser("bench-coordinator", "k@example.org", "Koordinator",
            Set.of(Role.COORDINATOR), null, "da");
    private static final Map<String, Integer> RATINGS = Map.of("ansvarsbevidsthed", 4, "punktlighed", 5,
            "produktivitet", 3, "sociale-faerdigheder", 4, "samarbejdsvillighed", 4);

    private record Slot(String person, String company, Period week) {
    }

    private ReportSaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("nextwork-save-benchmark");
        try (Platform platform = Platform.start(PortalConfiguration.load(Map.of("NEXTWORK_HOME", home.toString(),
                "NEXTWORK_LIGHT_MODULES", System.getProperty("nextwork.light-modules", "../light-modules")), home),
                ReportSaveBenchmark.class.getClassLoader())) {
            IdentityFixture identity = new IdentityFixture(platform, Clock.systemUTC());
            Programme programme = new Programme(platform.repository());
            PersonAccess access = new PersonAccess(identity.accounts, identity.audit, List.of(new ProgramRelationships(programme)));
            TraitConfiguration configuration = new TraitConfiguration(platform.repository(), identity.audit);
            Reports reports = new Reports(platform.repository(), configuration, programme, access, identity.audit);
            List<Slot> slots = placeYoungPeople(platform, identity);
            Collections.shuffle(slots, new java.util.Random(11));
            AtomicInteger next = new AtomicInteger();
            for (int writers : new int[] {1, 4}) {
                round(reports, slots, next, writers, WARM_UP_SECONDS);
                Result result = round(reports, slots, next, writers, SECONDS);
                List<Long> sorted = result.nanos().stream().sorted().toList();
                System.out.printf("weekly report saves, %d writer%s: %,.0f/s, p50 %,.1f ms, p99 %,.1f ms, max %,.0f ms"
                                + " (%,d saves)%n", writers, writers == 1 ? " " : "s", result.nanos().size() / (double) SECONDS,
                        sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6,
                        sorted.get(sorted.size() - 1) / 1e6, sorted.size());
            }
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private record Result(List<Long> nanos) {
    }

    private static Result round(Reports reports, List<Slot> slots, AtomicInteger next, int writers, int seconds)
            throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<java.util.concurrent.Future<Object>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    int index = next.getAndIncrement();
                    if (index >= slots.size()) {
                        throw new IllegalStateException("more saves than weeks to file: raise YOUNG_PEOPLE");
                    }
                    Slot slot = slots.get(index);
                    SignedInUser representative = new SignedInUser("bench-rep-" + slot.company(), "r@example.org", "Rep",
                            Set.of(Role.COMPANY_REP), slot.company(), "da");
                    long t = System.nanoTime();
                    reports.submit(new Caller(representative, "benchmark"), new ReportInput(slot.person(), Instrument.WEEKLY_REPORT, slot.week(),
                            RATINGS, "Godt arbejde i denne uge.", 0));
                    nanos.add(System.nanoTime() - t);
                }
                return null;
            }));
        }
        pool.shutdown();
        for (var writer : running) {
            writer.get(seconds + 60L, TimeUnit.SECONDS); // a save that failed fails the benchmark
        }
        return new Result(nanos);
    }

    /** Young people placed at companies for the last {@value #WEEKS} weeks, through the programme's services. */
    private static List<Slot> placeYoungPeople(Platform platform, IdentityFixture identity) throws Exception {
        Companies companies = new Companies(platform.repository(), identity.audit);
        Enrolments enrolments = new Enrolments(platform.repository(), identity.accounts, identity.audit);
        Programme programme = new Programme(platform.repository());
        PersonAccess access = new PersonAccess(identity.accounts, identity.audit, List.of(new ProgramRelationships(programme)));
        Placements placements = new Placements(platform.repository(), identity.audit, programme, access);
        LocalDate thisWeek = Period.of(Cadence.WEEKLY, LocalDate.now(PortalTime.ZONE)).start();
        LocalDate start = thisWeek.minusWeeks(WEEKS);
        for (int c = 0; c < COMPANIES; c++) {
            companies.register(COORDINATOR, "bench-company-" + c, "Virksomhed " + c, "Håndværk", 20, Companies.MAX_CAPACITY);
        }
        List<Slot> slots = new ArrayList<>();
        for (int y = 0; y < YOUNG_PEOPLE; y++) {
            String person = identity.accounts.create(COORDINATOR, "bench-" + y + "@example.org", "Ung " + y,
                    Set.of(Role.YOUTH), null, "da").id();
            String company = "bench-company-" + (y % COMPANIES);
            enrolments.enrol(COORDINATOR, person, 20, "", "");
            placements.place(COORDINATOR, person, company, start, start.plusWeeks(26).minusDays(1));
            for (int w = 0; w < WEEKS; w++) {
                slots.add(new Slot(person, company, new Period(Cadence.WEEKLY, start.plusWeeks(w))));
            }
        }
        return slots;
    }
}
