package dk.nextwork.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.jcr.Node;

import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.matching.OfferTerms;
import dk.nextwork.matching.Offers;
import dk.nextwork.matching.Proposals;
import dk.nextwork.matching.RoundCheck;
import dk.nextwork.matching.Rounds;
import dk.nextwork.matching.algorithm.ChoiceList;
import dk.nextwork.matching.algorithm.MatchingInput;
import dk.nextwork.matching.algorithm.OfferRanking;
import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.repository.LargeFolders;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.Programme;
import dk.nextwork.reporting.Bilingual;

/**
 * A whole matching round at national scale through the services: {@code bench.youth} young
 * people (40,000) with accounts and enrolments, each with 1–8 wishes (skewed popularity, as
 * {@link MatchingAlgorithmBenchmark} generates them) over {@code bench.companies} companies
 * (3,000), each with a partner page and one open offer of 1–5 seats and its ranking of the
 * candidates. Times {@link Rounds#run}: reading every list and ranking from the repository, the
 * algorithm, and storing every result, outcome and proposal in one save; then the check and
 * {@link Rounds#repeatsExactly} (reading the stored run back and running it again).
 */
public final class MatchingRoundBenchmark {

    private static final int LISTS_PER_SAVE = 1_000;
    private static final SignedInUser COORDINATOR = new SignedInUser("bench-coordinator", "k@example.org", "Koordinator",
            Set.of(Role.COORDINATOR), null, "da");

    private MatchingRoundBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int youth = Integer.getInteger("bench.youth", 40_000);
        int companyCount = Integer.getInteger("bench.companies", 3_000);
        Path home = Files.createTempDirectory("nextwork-matching-benchmark");
        // production mode: no demo round in the way, only the benchmark's
        try (Platform platform = Platform.start(PortalConfiguration.load(Map.of("NEXTWORK_HOME", home.toString(),
                "NEXTWORK_LIGHT_MODULES", System.getProperty("nextwork.light-modules", "../light-modules"),
                "NEXTWORK_MODE", "production", "NEXTWORK_ADMIN_EMAIL", "drift@example.org",
                "NEXTWORK_ADMIN_PASSWORD", "benchmark-maaling-kl-sen-2026"), home), MatchingRoundBenchmark.class.getClassLoader())) {
            IdentityFixture identity = new IdentityFixture(platform, Clock.systemUTC());
            LocalDate today = LocalDate.now(PortalTime.ZONE);
            MatchingInput generated = MatchingAlgorithmBenchmark.round(youth, companyCount, new Random(18));

            long loading = System.nanoTime();
            SignedInUser admin = new SignedInUser("bench-admin", "a@example.org", "Admin", Set.of(Role.ADMIN), null, "da");
            Map<String, String> accountOf = new HashMap<>();
            for (ChoiceList list : generated.youngPeople()) {
                accountOf.put(list.youngPerson(), identity.accounts.create(admin, list.youngPerson() + "@example.org",
                        "Ung " + list.youngPerson(), Set.of(Role.YOUTH), null, "da").id());
            }
            System.out.printf("accounts                  : %,d in %,.0f s%n", youth, (System.nanoTime() - loading) / 1e9);
            Rounds rounds = new Rounds(platform.repository(), identity.audit);
            String roundId = rounds.open(COORDINATOR, today, today, today.plusWeeks(3), 5).id();
            Map<String, List<String>> wishedBy = new HashMap<>();
            generated.youngPeople().forEach(list -> list.offers().forEach(offer ->
                    wishedBy.computeIfAbsent(offer, o -> new ArrayList<>()).add(accountOf.get(list.youngPerson()))));
            platform.repository().withServiceSession(session -> {
                Node partners = session.getNode(Offers.PARTNERS);
                Node companies = session.getNode(Companies.COMPANIES);
                Node rankings = LargeFolders.child(session.getNode("/matching/rounds/" + roundId), "rankings");
                for (int c = 0; c < generated.offers().size(); c++) {
                    OfferRanking offer = generated.offers().get(c);
                    String company = "bench-" + c;
                    Node node = companies.addNode(company, "nt:unstructured");
                    node.setProperty("name", "Virksomhed " + c);
                    node.setProperty("industry", "Benchmark");
                    node.setProperty("employees", 10L);
                    node.setProperty("placementCapacity", 50L);
                    node.setProperty("memberSince", today.minusYears(1).toString());
                    Node page = partners.addNode(company, "nt:unstructured");
                    page.setProperty("contentType", "partner");
                    page.setProperty("published", true);
                    page.setProperty("name", "Virksomhed " + c);
                    Offers.install(session, offer.offer(), company, new OfferTerms(new Bilingual("Plads " + c, ""),
                            new Bilingual("Arbejde", ""), new Bilingual("Benchmark", ""), "Roskilde", 20, today.plusWeeks(3), 12,
                            offer.seats(), new Bilingual("", "")));
                    // every tier but the last in the company's order; the last left unranked, tied: the lottery orders it;
                    // those in no tier it said "ikke denne gang" to
                    List<String> ranked = new ArrayList<>();
                    for (int t = 0; t < offer.tiers().size() - 1; t++) {
                        offer.tiers().get(t).stream().sorted().forEach(id -> ranked.add(accountOf.get(id)));
                    }
                    Set<String> tiered = new LinkedHashSet<>();
                    offer.tiers().forEach(tier -> tier.forEach(id -> tiered.add(accountOf.get(id))));
                    Node ranking = rankings.addNode(offer.offer(), "nt:unstructured");
                    ranking.setProperty("ranked", ranked.toArray(String[]::new));
                    ranking.setProperty("notThisTime", wishedBy.getOrDefault(offer.offer(), List.of()).stream()
                            .filter(id -> !tiered.contains(id)).toArray(String[]::new));
                }
                session.save();
                return null;
            });
            List<ChoiceList> lists = generated.youngPeople();
            for (int from = 0; from < lists.size(); from += LISTS_PER_SAVE) {
                List<ChoiceList> batch = lists.subList(from, Math.min(lists.size(), from + LISTS_PER_SAVE));
                platform.repository().withServiceSession(session -> {
                    Node youthTree = session.getNode(Enrolments.YOUTH);
                    Node wishes = LargeFolders.child(session.getNode("/matching/rounds/" + roundId), "wishes");
                    for (ChoiceList list : batch) {
                        String id = accountOf.get(list.youngPerson());
                        Node enrolment = youthTree.addNode(id, "nt:unstructured");
                        enrolment.setProperty("hoursPerWeek", 20L);
                        enrolment.setProperty("interests", "");
                        enrolment.setProperty("goals", "");
                        enrolment.setProperty("status", "ACTIVE");
                        enrolment.setProperty("enrolled", today.minusMonths(1).toString());
                        Node node = wishes.addNode(id, "nt:unstructured");
                        node.setProperty("offers", list.offers().toArray(String[]::new));
                        node.setProperty("whys", list.offers().stream().map(offer -> "").toArray(String[]::new));
                        node.setProperty("changedBy", id);
                        node.setProperty("changed", java.time.Instant.now().toString());
                    }
                    session.save();
                    return null;
                });
            }
            System.out.printf("loaded                    : %,d young people with lists, %,d companies with an offer and a ranking"
                    + " in %,.0f s%n", youth, companyCount, (System.nanoTime() - loading) / 1e9);

            long running = System.nanoTime();
            RoundCheck check = rounds.run(COORDINATOR, roundId);
            Duration run = Duration.ofNanos(System.nanoTime() - running);
            System.out.printf("whole run (Rounds.run)    : %,.1f s: read %,d lists and %,d rankings, ran, stored %,d results, "
                            + "%,d outcomes and %,d proposals in one save%n", run.toMillis() / 1e3, check.takingPart(),
                    check.offers(), check.takingPart(), check.offers(), check.placed());
            System.out.printf("check                     : %s; blocking pairs %d, seats respected %s, only acceptable %s; "
                            + "placed at their 1st…8th wish %s; unplaced %,d%n", check.passed() ? "passed" : "FAILED",
                    check.blockingPairs(), check.seatsRespected(), check.onlyMutuallyAcceptable(), check.placedAtChoice(),
                    check.unplaced());
            long repeating = System.nanoTime();
            boolean same = rounds.repeatsExactly(COORDINATOR, roundId);
            System.out.printf("repeated from stored seed : %s in %,.1f s%n", same ? "the same result" : "A DIFFERENT RESULT",
                    (System.nanoTime() - repeating) / 1e9);
            Proposals proposals = new Proposals(platform.repository(), identity.accounts, null, new Companies(platform.repository(),
                    identity.audit), new Programme(platform.repository()), null, identity.audit);
            long reading = System.nanoTime();
            int waiting = proposals.ofRound(COORDINATOR, roundId).size();
            System.out.printf("coordinator's proposals   : %,d read in %,.1f s%n", waiting, (System.nanoTime() - reading) / 1e9);
            if (!check.passed() || !same) {
                throw new IllegalStateException("the round's check failed or it did not repeat");
            }
        }
    }
}
