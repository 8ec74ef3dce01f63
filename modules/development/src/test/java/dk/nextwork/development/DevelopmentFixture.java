package dk.nextwork.development;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.program.Programme;
import dk.nextwork.reporting.ReportingFixture;

/** The development services wired by hand over a started demo platform, as CDI wires them in the portal. */
public final class DevelopmentFixture {

    public final ReportingFixture reporting;
    public final Conversations conversations;
    public final Development development;
    public final Cohorts cohorts;
    private final Platform platform;

    public DevelopmentFixture(Platform platform, Clock clock) {
        this.platform = platform;
        reporting = new ReportingFixture(platform, clock);
        conversations = new Conversations(platform.repository(), reporting.access, reporting.configuration,
                reporting.programme, reporting.identity.audit, clock);
        development = new Development(reporting.scores, reporting.reports, reporting.identity.accounts, reporting.access,
                reporting.programme, reporting.companies, conversations, reporting.configuration);
        cohorts = new Cohorts(reporting.access, reporting.scores, reporting.programmeScores, reporting.identity.audit);
    }

    /** Leaves only the young people of {@code emails} in the demo counsellor Jonas's network group. */
    public void leaveInJonassGroup(String... emails) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String email : emails) {
            ids.add(reporting.user(email).id());
        }
        platform.repository().withServiceSession(session -> {
            session.getNode(Programme.GROUPS + "/tirsdagsgruppen").setProperty("members", ids.toArray(String[]::new));
            session.save();
            return null;
        });
    }
}
