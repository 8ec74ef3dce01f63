package dk.nextwork.contentapps;

import java.time.Clock;
import java.util.Set;

import javax.jcr.RepositoryException;

import dk.nextwork.dam.Assets;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.site.PagePreview;
import dk.nextwork.site.internal.RenderedPage;
import dk.nextwork.site.internal.SiteRenderer;

/** The content apps' services wired by hand over a started platform, as CDI wires them in the portal. */
public final class ContentAppsFixture {

    public static final SignedInUser EDITOR = new SignedInUser("editor-1", "editor@example.org", "Peter Redaktør",
            Set.of(Role.EDITOR), null, "da");
    public static final SignedInUser OTHER_EDITOR = new SignedInUser("editor-2", "other@example.org", "Lise Anden",
            Set.of(Role.EDITOR), null, "da");

    public final Platform platform;
    public final AuditTrail audit;
    public final Assets assets;
    public final SiteRenderer site;
    public final ContentItems items;
    public final Publishing publishing;
    public final Proposals proposals;

    /** The services on a clock of the test's (every moment they record or compare with is its). */
    public ContentAppsFixture(Platform platform, Clock clock) {
        this.platform = platform;
        audit = new AuditTrail(platform.repository(), clock);
        assets = new Assets(platform.repository(), audit, clock);
        site = new SiteRenderer(platform.repository(), platform.definitions(), platform.publicChanges(), assets);
        items = new ContentItems(platform.repository(), platform.definitions(), audit, clock);
        publishing = new Publishing(platform.repository(), platform.definitions(), audit, items, new PagePreview(site), clock);
        proposals = new Proposals(platform.repository(), platform.definitions(), audit, items, clock);
    }

    /** The public page at an address, as a visitor gets it. */
    public RenderedPage publicPage(String address) {
        return site.render(address);
    }

    /** A property of an item as stored (what the public sees). */
    public Object stored(String path, String property) throws RepositoryException {
        return platform.repository().withServiceSession(session -> session.getNode(path).hasProperty(property)
                ? session.getNode(path).getProperty(property).getString() : null);
    }
}
