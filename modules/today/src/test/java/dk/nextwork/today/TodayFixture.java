package dk.nextwork.today;

import java.time.Clock;

import dk.nextwork.development.DevelopmentFixture;
import dk.nextwork.matching.MatchingNotices;
import dk.nextwork.matching.Offers;
import dk.nextwork.messaging.ChannelMessages;
import dk.nextwork.messaging.Channels;
import dk.nextwork.messaging.Unread;
import dk.nextwork.messaging.journal.Journal;
import dk.nextwork.messaging.network.CompanyNetwork;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.Occupancy;
import dk.nextwork.signals.Signals;

/** The start views' services wired by hand over a started demo platform, as CDI wires them in the portal. */
public final class TodayFixture {

    public final DevelopmentFixture development;
    public final Enrolments enrolments;
    public final MyWeeks weeks;
    public final CompanyDesk companyDesk;
    public final CounsellorDesk counsellorDesk;
    public final ProgrammeOverview overview;
    public final Signals signals;
    public final Courses courses;
    public final Occupancy occupancy;
    public final MatchingNotices notices;
    public final ChannelMessages messages;
    public final Unread unread;
    public final Journal journal;
    public final CompanyNetwork network;

    public TodayFixture(Platform platform, Clock clock) {
        development = new DevelopmentFixture(platform, clock);
        var reporting = development.reporting;
        var identity = reporting.identity;
        enrolments = new Enrolments(platform.repository(), identity.accounts, identity.audit, clock);
        signals = new Signals(platform.repository(), identity.accounts, reporting.access, reporting.programme,
                reporting.companies, reporting.reports, reporting.scores, development.conversations, identity.audit, clock);
        weeks = new MyWeeks(reporting.programme, reporting.companies, enrolments, identity.accounts, reporting.reports,
                reporting.due, reporting.configuration, development.development, development.conversations, signals);
        companyDesk = new CompanyDesk(reporting.programme, reporting.companies, enrolments, identity.accounts, identity.audit,
                reporting.reports, reporting.due, reporting.scores, development.conversations, signals);
        counsellorDesk = new CounsellorDesk(reporting.programme, reporting.companies, enrolments, identity.accounts,
                identity.audit, reporting.reports, reporting.due, signals);
        courses = new Courses(reporting.access, reporting.programme, reporting.companies, enrolments, identity.accounts,
                development.development, development.conversations, signals);
        occupancy = new Occupancy(platform.repository(), clock);
        overview = new ProgrammeOverview(reporting.programme, reporting.companies, enrolments, identity.accounts, reporting.access,
                identity.audit, occupancy, reporting.overdue, signals);
        notices = new MatchingNotices(platform.repository(), identity.accounts, enrolments, new Offers(platform.repository(),
                platform.definitions(), reporting.companies, reporting.programme, identity.audit, clock), reporting.programme,
                identity.mail, identity.audit, clock);
        Channels channels = new Channels(platform.repository(), reporting.programme, identity.accounts);
        messages = new ChannelMessages(platform.repository(), channels, identity.accounts, identity.audit, clock);
        unread = new Unread(platform.repository(), channels);
        journal = new Journal(platform.repository(), reporting.programme, reporting.companies, channels, identity.accounts,
                identity.audit, clock);
        network = new CompanyNetwork(platform.repository(), channels, messages, identity.accounts, identity.audit, clock);
    }
}
