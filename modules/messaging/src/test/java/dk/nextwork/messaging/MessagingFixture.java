package dk.nextwork.messaging;

import java.time.Clock;

import dk.nextwork.identity.Caller;
import dk.nextwork.messaging.digest.Digests;
import dk.nextwork.messaging.journal.Journal;
import dk.nextwork.messaging.network.CompanyNetwork;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.reporting.ReportingFixture;

/** The messaging's services wired by hand over a started demo platform, as CDI wires them in the portal. */
public final class MessagingFixture {

    public final ReportingFixture programme;
    public final Channels channels;
    public final ChannelMessages messages;
    public final MessageFeed feed;
    public final Moderation moderation;
    public final Unread unread;
    public final Journal journal;
    public final CompanyNetwork network;
    public final Digests digests;
    private final Platform platform;

    public MessagingFixture(Platform platform, Clock clock) {
        this.platform = platform;
        programme = new ReportingFixture(platform, clock);
        channels = new Channels(platform.repository(), programme.programme, programme.identity.accounts);
        messages = new ChannelMessages(platform.repository(), channels, programme.identity.accounts, programme.identity.audit,
                clock);
        feed = new MessageFeed(platform.repository(), messages);
        moderation = new Moderation(platform.repository(), channels, messages, programme.identity.accounts,
                programme.identity.audit, clock);
        unread = new Unread(platform.repository(), channels);
        journal = new Journal(platform.repository(), programme.programme, programme.companies, channels,
                programme.identity.accounts, programme.identity.audit, clock);
        network = new CompanyNetwork(platform.repository(), channels, messages, programme.identity.accounts,
                programme.identity.audit, clock);
        digests = new Digests(platform.repository(), unread, programme.identity.accounts, programme.identity.mail,
                programme.identity.audit, platform.configuration(), clock);
    }

    /** The same services on another clock (an edit window that closes, a meeting that begins). */
    public MessagingFixture at(Clock clock) {
        return new MessagingFixture(platform, clock);
    }

    public Caller caller(String email) throws Exception {
        return new Caller(programme.user(email), "test");
    }
}
