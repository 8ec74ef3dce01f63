package dk.nextwork.contentapps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.platform.testing.RunningPlatform;

/** The editors' demo work (versions, a draft, a proposal, a schedule) is dated by the install's clock. */
class ContentAppsInstallTest {

    private static final Instant INSTALLED = Instant.parse("2025-03-12T08:30:00Z");

    @RegisterExtension
    final RunningPlatform running = RunningPlatform.freshInstallAt(INSTALLED);

    @Test
    void theDemoProposalScheduleAndDraftAreDatedAroundTheInstallersMoment() throws Exception {
        ContentAppsFixture apps = new ContentAppsFixture(running.platform(), running.clock());
        Proposal proposal = apps.proposals.open(ContentAppsFixture.EDITOR).get(0);
        assertEquals(INSTALLED.minus(Duration.ofDays(1)), proposal.created(), "proposed the day before");

        ContentItem scheduled = apps.items.item("/partners/grenvej-cykler").orElseThrow();
        assertEquals(Optional.of(INSTALLED.plus(Duration.ofDays(14))), scheduled.publishAt(), "published in two weeks");
        assertEquals(Optional.of(INSTALLED.minus(Duration.ofHours(3))),
                apps.items.open(ContentAppsFixture.EDITOR, "/partners/fjordbyens-vaerksted").lastEdited(),
                "the draft was saved three hours before");
    }
}
