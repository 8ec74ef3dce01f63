package dk.nextwork.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.nextwork.identity.Caller;
import dk.nextwork.program.NetworkGroup;
import dk.nextwork.program.NetworkGroups;
import dk.nextwork.program.Selection;
import dk.nextwork.reporting.ReportingFixture;

/** Live messages: each follower of a channel is handed what is written, in order and once, and nothing after it leaves. */
class MessageFeedTest extends OverTheDemoGroup {

    private NetworkGroup tuesday;

    @BeforeEach
    void tuesday() {
        tuesday = fixture.programme.programme.groupsLedBy(jonas.user().id()).get(0);
    }

    @Test
    void everyFollowerIsHandedEachMessageInOrderAndOnce() throws Exception {
        long from = fixture.messages.last(jonas, group);
        List<Message> toJonas = new CopyOnWriteArrayList<>();
        List<Message> toNoah = new CopyOnWriteArrayList<>();
        try (AutoCloseable one = fixture.feed.follow(jonas, group, from, toJonas::addAll);
             AutoCloseable two = fixture.feed.follow(noah, group, from, toNoah::addAll)) {
            assertEquals(2, fixture.feed.followerCount());
            for (int i = 1; i <= 5; i++) {
                fixture.messages.post(mikkel, group, "Besked " + i);
            }
            List<String> expected = List.of("Besked 1", "Besked 2", "Besked 3", "Besked 4", "Besked 5");
            await().atMost(Duration.ofSeconds(5)).until(() -> toJonas.size() >= 5 && toNoah.size() >= 5);
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> toJonas.size() == 5 && toNoah.size() == 5);
            assertEquals(expected, toJonas.stream().map(Message::text).toList(), "in order, none twice");
            assertEquals(expected, toNoah.stream().map(Message::text).toList());
        }
        assertEquals(0, fixture.feed.followerCount(), "a closed follow is gone");
    }

    @Test
    void aFollowerWhoStartsFromAnEarlierNumberCatchesUpFirst() throws Exception {
        long from = fixture.messages.last(jonas, group);
        fixture.messages.post(mikkel, group, "Mens du var væk");
        List<Message> handed = new CopyOnWriteArrayList<>();
        try (AutoCloseable following = fixture.feed.follow(jonas, group, from, handed::addAll)) {
            assertEquals(List.of("Mens du var væk"), handed.stream().map(Message::text).toList(), "at once, on following");
            fixture.messages.post(noah, group, "Og nu");
            await().atMost(Duration.ofSeconds(5)).until(() -> handed.size() == 2);
        }
    }

    @Test
    void editsAndDeletionsReachTheFollowersAsChangesOfTheMessageTheyHave() throws Exception {
        Message sent = fixture.messages.post(mikkel, group, "Vi ses tirsdga");
        List<Message> handed = new CopyOnWriteArrayList<>();
        try (AutoCloseable following = fixture.feed.follow(jonas, group, sent.seq(), handed::addAll)) {
            fixture.messages.edit(mikkel, group, sent.seq(), "Vi ses tirsdag");
            await().atMost(Duration.ofSeconds(5)).until(() -> handed.stream().anyMatch(message -> message.edited().isPresent()));
            fixture.messages.delete(mikkel, group, sent.seq());
            await().atMost(Duration.ofSeconds(5)).until(() -> handed.stream().anyMatch(Message::deleted));
            assertTrue(handed.stream().allMatch(message -> message.seq() == sent.seq()), "no new message made of a change");
        }
    }

    @Test
    void aYoungPersonWhoLeavesTheGroupHearsNothingMore() throws Exception {
        List<Message> handed = new CopyOnWriteArrayList<>();
        AutoCloseable following = fixture.feed.follow(noah, group, fixture.messages.last(noah, group), handed::addAll);
        NetworkGroups groups = new NetworkGroups(running.platform().repository(), fixture.programme.identity.accounts,
                fixture.programme.identity.audit);
        groups.setMembers(ReportingFixture.COORDINATOR, tuesday.id(), new Selection(Set.of(noah.user().id()), Set.of()));
        fixture.messages.post(mikkel, group, "Efter Noah gik");
        await().atMost(Duration.ofSeconds(5)).until(() -> fixture.feed.followerCount() == 0);
        assertEquals(List.of(), handed, "he left the group: its channel is closed to him");
        following.close();
    }
}
