package dk.nextwork.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.jcr.Node;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.messaging.Channel;
import dk.nextwork.messaging.ChannelMessages;
import dk.nextwork.messaging.Channels;
import dk.nextwork.messaging.Message;
import dk.nextwork.messaging.MessageFeed;
import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.program.Programme;

/**
 * Live messages at the load, server side: {@value #GROUPS} network groups of {@value
 * #MEMBERS} young people, every one of them following their group's channel (as an open messages
 * view does, without its browser), and {@value #PER_SECOND} messages a second for {@code
 * bench.seconds} (60) seconds from the members in turn. Delivery latency is from the start of the
 * post to the hand-over to each follower (p50, p99, max, and whether every member got every
 * message of their group once); heap per follower is what following adds to the heap after a full
 * collection, divided by the members. A Vaadin session and its UI come on top of that (Vaadin's
 * own range: 50–1,000 KB per session).
 */
public final class MessagingBenchmark {

    private static final int GROUPS = 50;
    private static final int MEMBERS = 10;
    private static final int PER_SECOND = 10;
    private static final int MEASURED_ROUNDS = 10;

    private MessagingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 60);
        Path home = Files.createTempDirectory("nextwork-messaging-benchmark");
        try (Platform platform = Platform.start(PortalConfiguration.load(Map.of("NEXTWORK_HOME", home.toString(),
                "NEXTWORK_LIGHT_MODULES", System.getProperty("nextwork.light-modules", "../light-modules")), home),
                MessagingBenchmark.class.getClassLoader())) {
            IdentityFixture identity = new IdentityFixture(platform, Clock.systemUTC());
            Programme programme = new Programme(platform.repository());
            Channels channels = new Channels(platform.repository(), programme, identity.accounts);
            ChannelMessages messages = new ChannelMessages(platform.repository(), channels, identity.accounts, identity.audit);
            MessageFeed feed = new MessageFeed(platform.repository(), messages);
            List<Caller> members = groups(platform);

            long perFollower = heapPerFollower(feed, messages, members);
            Map<String, Long> started = new ConcurrentHashMap<>();
            List<Long> latencies = new CopyOnWriteArrayList<>();
            Map<String, AtomicInteger> handed = new ConcurrentHashMap<>();
            List<AutoCloseable> following = new ArrayList<>();
            for (Caller member : members) {
                String channel = channelOf(member);
                following.add(feed.follow(member, channel, messages.last(member, channel), arrived -> {
                    long now = System.nanoTime();
                    for (Message message : arrived) {
                        Long start = started.get(message.text());
                        if (start != null) {
                            latencies.add(now - start);
                            handed.computeIfAbsent(message.text() + "|" + member.user().id(), key -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    }
                }));
            }
            System.out.printf("followers                 : %,d in %d groups; %,d more moved the heap by %+,d bytes each"
                    + " (a few hundred either way is the collector's noise)%n",
                    feed.followerCount(), GROUPS, members.size() * MEASURED_ROUNDS, perFollower);

            int total = seconds * PER_SECOND;
            long pace = 1_000_000_000L / PER_SECOND;
            long begin = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = begin + i * pace;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                // the members in turn, so nobody meets the rate limit
                Caller author = members.get((i * 7) % members.size());
                String text = "Besked " + i + " fra " + author.user().id();
                started.put(text, System.nanoTime());
                messages.post(author, channelOf(author), text);
            }
            double postingSeconds = (System.nanoTime() - begin) / 1e9;
            long expected = (long) total * MEMBERS;
            long drainUntil = System.nanoTime() + 5_000_000_000L;
            while (latencies.size() < expected && System.nanoTime() < drainUntil) {
                Thread.sleep(50);
            }
            for (AutoCloseable each : following) {
                each.close();
            }
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            long twice = handed.values().stream().filter(count -> count.get() > 1).count();
            System.out.printf("posted                    : %,d messages in %,.1f s (%,.1f a second)%n", total, postingSeconds,
                    total / postingSeconds);
            System.out.printf("delivered                 : %,d of %,d (every member, every message of their group), %,d twice%n",
                    sorted.size(), expected, twice);
            System.out.printf("delivery latency          : p50 %,.1f ms, p99 %,.1f ms, max %,.1f ms%n", percentile(sorted, 50),
                    percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** The groups written straight into the programme, and their young people (who need no account to follow). */
    private static List<Caller> groups(Platform platform) {
        List<Caller> members = new ArrayList<>();
        platform.repository().withServiceSession(session -> {
            Node groups = session.getNode(Programme.GROUPS);
            for (int g = 0; g < GROUPS; g++) {
                Node group = groups.addNode("bench-group-" + g, "nt:unstructured");
                group.setProperty("name", "Gruppe " + g);
                group.setProperty("counsellor", "bench-counsellor-" + g);
                List<String> ids = new ArrayList<>();
                for (int m = 0; m < MEMBERS; m++) {
                    String id = "bench-" + g + "-" + m;
                    ids.add(id);
                    members.add(new Caller(new SignedInUser(id, id + "@example.org", "Ung " + g + "-" + m, Set.of(Role.YOUTH),
                            null, "da"), "benchmark"));
                }
                group.setProperty("members", ids.toArray(String[]::new));
            }
            session.save();
            return null;
        });
        return members;
    }

    private static String channelOf(Caller member) {
        String id = member.user().id();
        return Channel.groupId("bench-group-" + id.substring("bench-".length(), id.lastIndexOf('-')));
    }

    /**
     * What a follower costs the heap: {@value #MEASURED_ROUNDS} followers more for each member than
     * the run has (a follow is small, so many are needed to rise above the collector's noise), after
     * one round to load what following needs.
     */
    private static long heapPerFollower(MessageFeed feed, ChannelMessages messages, List<Caller> members) throws Exception {
        for (int round = 0; round <= MEASURED_ROUNDS; round++) {
            List<AutoCloseable> extra = new ArrayList<>();
            long before = round == 0 ? 0 : heapAfterCollection();
            int rounds = round == 0 ? 1 : MEASURED_ROUNDS;
            for (int r = 0; r < rounds; r++) {
                for (Caller member : members) {
                    String channel = channelOf(member);
                    extra.add(feed.follow(member, channel, messages.last(member, channel), arrived -> { }));
                }
            }
            long after = round == 0 ? 0 : heapAfterCollection();
            for (AutoCloseable each : extra) {
                each.close();
            }
            if (round > 0) {
                return (after - before) / extra.size();
            }
        }
        throw new IllegalStateException();
    }

    private static long heapAfterCollection() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
