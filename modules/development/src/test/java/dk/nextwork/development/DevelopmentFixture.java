package dk.nextwork.development;

import java.time.Clock;

import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.reporting.ReportingFixture;

/** The development services wired by hand over a started demo platform, as CDI wires them in the portal. */
public final class DevelopmentFixture {

    public final ReportingFixture reporting;
    public final Conversations conversations;
    public final Development development;
    public final Cohorts cohorts;

    public DevelopmentFixture(Platform platform, Clock clock) {
        reporting = new ReportingFixture(platform, clock);
        conversations = new Conversations(platform.repository(), reporting.access, reporting.configuration,
                reporting.programme, reporting.identity.audit, clock);
        development = new Development(reporting.scores, reporting.reports, reporting.identity.accounts, reporting.access,
                reporting.programme, reporting.companies, conversations, reporting.configuration);
        cohorts = new Cohorts(reporting.access, reporting.scores, reporting.identity.audit);
    }
}
