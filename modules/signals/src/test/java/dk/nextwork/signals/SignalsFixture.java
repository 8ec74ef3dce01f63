package dk.nextwork.signals;

import java.time.Clock;

import dk.nextwork.development.Conversations;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.reporting.ReportingFixture;

/** The signals service wired by hand over a started demo platform, as CDI wires it in the portal. */
public final class SignalsFixture {

    public final ReportingFixture reporting;
    public final Conversations conversations;
    public final Signals signals;

    public SignalsFixture(Platform platform, Clock clock) {
        reporting = new ReportingFixture(platform, clock);
        conversations = new Conversations(platform.repository(), reporting.access, reporting.configuration,
                reporting.programme, reporting.identity.audit, clock);
        signals = new Signals(platform.repository(), reporting.identity.accounts, reporting.access, reporting.programme,
                reporting.companies, reporting.reports, reporting.scores, conversations, reporting.identity.audit, clock);
    }

    public SignedInUser user(String email) throws Exception {
        return reporting.user(email);
    }

    public String id(String email) throws Exception {
        return reporting.user(email).id();
    }

    public static Caller caller(SignedInUser user) {
        return new Caller(user, "test");
    }
}
