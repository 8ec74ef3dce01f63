package dk.nextwork.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.reporting.ReportingFixture;

/** Unread counts: the others' messages after what each person has seen, in the channels they write in. */
class UnreadTest extends OverTheDemoGroup {

    private int in(Caller viewer, String channel) {
        return fixture.unread.of(viewer).stream().filter(each -> each.channel().id().equals(channel))
                .mapToInt(UnreadChannel::count).sum();
    }

    @Test
    void theDemoLeavesTheNewestAnswersUnread() {
        assertEquals(2, in(noah, group), "Mikkel's answer and Jonas's");
        assertEquals(1, in(mikkel, group), "his own answer is not news to him");
        assertEquals(1, in(jonas, group));
        assertEquals(0, in(mikkel, Channel.counselId(mikkel.user().id())), "the thread is read");
    }

    @Test
    void eachMembersCountFollowsWhatTheyHaveSeen() throws Exception {
        fixture.unread.markRead(noah, group, fixture.messages.last(noah, group));
        fixture.unread.markRead(mikkel, group, fixture.messages.last(mikkel, group));
        Message first = fixture.messages.post(mikkel, group, "Hvem kommer på tirsdag?");
        fixture.messages.post(mikkel, group, "Jeg tager kage med.");
        assertEquals(2, in(noah, group));
        assertEquals(0, in(mikkel, group), "his own messages are not unread to him");
        assertEquals(List.of(group), fixture.unread.of(noah).stream().map(each -> each.channel().id()).toList(),
                "only channels with something new");
        assertEquals(2, fixture.unread.total(noah));

        fixture.messages.delete(mikkel, group, first.seq());
        assertEquals(1, in(noah, group), "a deleted message is nothing to read");

        fixture.unread.markRead(noah, group, first.seq());
        assertEquals(1, in(noah, group));
        fixture.unread.markRead(noah, group, Long.MAX_VALUE);
        assertEquals(0, in(noah, group), "up to the newest, never past it");
        fixture.unread.markRead(noah, group, 1);
        assertEquals(0, in(noah, group), "the mark never moves back");
        fixture.messages.post(mikkel, group, "Og saft.");
        assertEquals(1, in(noah, group), "a mark past the newest would have hidden this");
    }

    @Test
    void aCoordinatorReadingTheGroupsAlongCountsNothingThere() throws Exception {
        Caller coordinator = new Caller(ReportingFixture.COORDINATOR, "test");
        fixture.messages.post(mikkel, group, "Hej alle");
        assertEquals(0, in(coordinator, group));
    }

    @Test
    void aChannelSomeoneMayNotReadIsRefusedAndUnchanged() throws Exception {
        Caller sara = fixture.caller("company@nextwork.example");
        assertThrows(AccessDeniedException.class, () -> fixture.unread.markRead(sara, group, 1));
        assertThrows(AccessDeniedException.class, () -> fixture.unread.markRead(noah, Channel.counselId(mikkel.user().id()), 1),
                "another's private thread");
        assertThrows(AccessDeniedException.class, () -> fixture.unread.markRead(noah, "group-gaettet", 1));
        assertEquals(0, in(sara, group));
    }

    @Test
    void longAbsencesAreCountedUpToALimit() throws Exception {
        fixture.unread.markRead(noah, group, fixture.messages.last(noah, group));
        MessagingFixture writing = fixture;
        for (int i = 0; i < Unread.COUNTED + 5; i++) {
            if (i % ChannelMessages.PER_MINUTE == 0) {
                // a minute later each time the rate limit is reached: what is tested here is the count
                writing = fixture.at(Clock.offset(running.clock(), Duration.ofMinutes(i)));
            }
            writing.messages.post(mikkel, group, "Besked " + i);
        }
        assertEquals(Unread.COUNTED, in(noah, group));
    }
}
