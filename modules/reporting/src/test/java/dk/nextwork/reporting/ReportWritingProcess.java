package dk.nextwork.reporting;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.runtime.Platform;

/**
 * The portal's repository and reporting services in a process of their own, for
 * {@link ReportsSurviveAKillTest}: it places {@value #YOUNG_PEOPLE} young people at a company and
 * then files their weekly reports from several threads, printing {@code saved <person> <week>}
 * for each submission the service has returned, until it is killed.
 * Arguments: the data folder and the light-modules folder.
 */
public final class ReportWritingProcess {

    static final int YOUNG_PEOPLE = 40;
    static final int WEEKS = 24;
    static final int WRITERS = 4;
    static final String COMPANY = "crash-test-bageri";
    static final Map<String, Integer> RATINGS = Map.of("ansvarsbevidsthed", 4, "punktlighed", 5, "produktivitet", 3,
            "sociale-faerdigheder", 4, "samarbejdsvillighed", 4);

    private ReportWritingProcess() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, "UTF-8");
        Platform platform = Platform.start(PortalConfiguration.load(Map.of("NEXTWORK_HOME", args[0],
                "NEXTWORK_LIGHT_MODULES", args[1]), Path.of(args[0])), ReportWritingProcess.class.getClassLoader());
        ReportingFixture fixture = new ReportingFixture(platform, Clock.systemUTC());
        LocalDate thisWeek = Period.of(Cadence.WEEKLY, fixture.reports.today()).start();
        fixture.companies.register(ReportingFixture.COORDINATOR, COMPANY, "Crash-test Bageri", "Bageri", 12, YOUNG_PEOPLE);
        var enrolments = new dk.nextwork.program.Enrolments(platform.repository(), fixture.identity.accounts,
                fixture.identity.audit);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < YOUNG_PEOPLE; i++) {
            String id = fixture.identity.accounts.create(ReportingFixture.COORDINATOR, "crash-" + i + "@example.org",
                    "Ung " + i, Set.of(Role.YOUTH), null, "da").id();
            enrolments.enrol(ReportingFixture.COORDINATOR, id, 20, "", "");
            fixture.placements.place(ReportingFixture.COORDINATOR, id, COMPANY, thisWeek.minusWeeks(WEEKS),
                    thisWeek.minusWeeks(WEEKS).plusWeeks(26).minusDays(1));
            people.add(id);
        }
        out.println("ready");
        SignedInUser representative = ReportingFixture.representative(COMPANY);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int slot = writer; slot < YOUNG_PEOPLE * WEEKS; slot += WRITERS) {
                    String person = people.get(slot % YOUNG_PEOPLE);
                    Period week = new Period(Cadence.WEEKLY, thisWeek.minusWeeks(WEEKS - slot / YOUNG_PEOPLE));
                    try {
                        fixture.reports.submit(new Caller(representative, "crash-test"), new ReportInput(person, Instrument.WEEKLY_REPORT, week,
                                RATINGS, "Uge " + week.start(), 0));
                        out.println("saved " + person + " " + week.start());
                    } catch (Exception e) {
                        out.println("failed " + person + " " + week.start() + " " + e);
                    }
                }
                return null;
            });
        }
        writers.shutdown();
        writers.awaitTermination(10, TimeUnit.MINUTES);
        out.println("done");
        Thread.sleep(Long.MAX_VALUE); // waits for the kill, as a portal would
    }
}
