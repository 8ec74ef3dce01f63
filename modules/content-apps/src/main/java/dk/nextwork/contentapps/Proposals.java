package dk.nextwork.contentapps;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.contentapps.internal.EditSessions;
import dk.nextwork.contentapps.internal.Items;
import dk.nextwork.contentapps.internal.ValueComparison;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.RoleCheck;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.content.ContentService;
import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.content.ContentValidationException;
import dk.nextwork.platform.lightmodule.Definitions;
import dk.nextwork.platform.repository.JcrValues;
import dk.nextwork.platform.repository.PortalRepository;

/**
 * Company representatives propose changes to their own company's partner page; editors accept
 * a proposal (it becomes the page's draft, to publish) or reject it with a reason. Kept in
 * {@value #ROOT}. The partner page of a representative's company is the partner item named as
 * their account's company.
 */
@ApplicationScoped
public class Proposals {

    public static final String ROOT = "/system/proposals";
    /** The content type representatives propose changes to. */
    public static final String PARTNER = "partner";

    private final PortalRepository repository;
    private final Definitions definitions;
    private final AuditTrail audit;
    private final ContentItems items;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected Proposals() {
        this(null, null, null, null, Clock.systemUTC());
    }

    @Inject
    public Proposals(PortalRepository repository, Definitions definitions, AuditTrail audit, ContentItems items) {
        this(repository, definitions, audit, items, Clock.systemUTC());
    }

    public Proposals(PortalRepository repository, Definitions definitions, AuditTrail audit, ContentItems items,
                     Clock clock) {
        this.repository = repository;
        this.definitions = definitions;
        this.audit = audit;
        this.items = items;
        this.clock = clock;
    }

    /** The representative's company page as the public sees it, to propose changes to. */
    public EditableItem ownPage(SignedInUser rep) throws EditRefusedException {
        String path = pathOf(rep);
        return EditSessions.run(repository, session -> {
            if (!session.nodeExists(path)) {
                throw new EditRefusedException("content.refused.noCompanyPage");
            }
            Node node = session.getNode(path);
            ContentType type = Items.typeOf(definitions, node).orElseThrow(
                    () -> new EditRefusedException("content.refused.noCompanyPage"));
            EditableItem item = Items.editable(session, node, type);
            // the representative works on what is public, never on an editor's unpublished draft
            Map<String, Object> start = item.published().isEmpty() ? ContentService.values(node, type) : item.published();
            return new EditableItem(item.item(), type, start, item.published(), item.revision(), Optional.empty(),
                    Optional.empty());
        });
    }

    private String pathOf(SignedInUser rep) throws EditRefusedException {
        RoleCheck.require(rep, "company representatives only", Role.COMPANY_REP);
        String company = rep.companyId().filter(ContentService::isPathOfNames)
                .orElseThrow(() -> new EditRefusedException("content.refused.noCompanyPage"));
        ContentType partner = definitions.contentType(PARTNER)
                .orElseThrow(() -> new EditRefusedException("content.refused.noCompanyPage"));
        return partner.storage() + "/" + company;
    }

    /** Sends the representative's version of their company page to the editors. */
    public Proposal propose(SignedInUser rep, Map<String, ?> values)
            throws ContentValidationException, EditRefusedException {
        String path = pathOf(rep);
        EditableItem page = ownPage(rep);
        Instant now = clock.instant();
        String id = now.toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Proposal proposal = EditSessions.runChecked(repository, session -> {
            Map<String, Object> checked = ContentService.check(session, page.type(), values);
            if (ValueComparison.same(checked, page.values())) {
                throw new EditRefusedException("content.refused.nothingChanged");
            }
            Node node = session.getNode(ROOT).addNode(id, "nt:unstructured");
            node.setProperty("item-path", path);
            node.setProperty("proposed-by", rep.id());
            node.setProperty("proposed-by-name", rep.displayName());
            node.setProperty("created", JcrValues.utc(now));
            node.setProperty("status", Proposal.Status.OPEN.name());
            ContentService.setValues(node.addNode("values", "nt:unstructured"), page.type(), checked);
            session.save();
            return read(session, node);
        });
        audit.record(rep.id(), "content.propose", null, path, id);
        return proposal;
    }

    /** The representative's own proposals, newest first. */
    public List<Proposal> mine(SignedInUser rep) throws EditRefusedException {
        String path = pathOf(rep);
        return all(proposal -> proposal.proposedBy().equals(rep.id()) && proposal.itemPath().equals(path));
    }

    /** The proposals waiting for an editor, oldest first. */
    public List<Proposal> open(SignedInUser editor) {
        ContentItems.requireEditor(editor);
        List<Proposal> open = new ArrayList<>(all(proposal -> proposal.status() == Proposal.Status.OPEN));
        open.sort(Comparator.comparing(Proposal::created));
        return open;
    }

    public Optional<Proposal> find(SignedInUser editor, String id) {
        ContentItems.requireEditor(editor);
        return all(proposal -> proposal.id().equals(id)).stream().findFirst();
    }

    private List<Proposal> all(java.util.function.Predicate<Proposal> which) {
        return repository.withServiceSession(session -> {
            List<Proposal> found = new ArrayList<>();
            if (session.nodeExists(ROOT)) {
                for (NodeIterator nodes = session.getNode(ROOT).getNodes(); nodes.hasNext(); ) {
                    Proposal proposal = read(session, nodes.nextNode());
                    if (which.test(proposal)) {
                        found.add(proposal);
                    }
                }
            }
            found.sort(Comparator.comparing(Proposal::created).reversed());
            return found;
        });
    }

    private Proposal read(Session session, Node node) throws RepositoryException {
        String path = node.getProperty("item-path").getString();
        Map<String, Object> values = definitions.contentType(PARTNER).isPresent()
                ? ContentService.values(node.getNode("values"), definitions.contentType(PARTNER).get()) : Map.of();
        return new Proposal(node.getName(), path, node.getProperty("proposed-by").getString(),
                node.getProperty("proposed-by-name").getString(), node.getProperty("created").getDate().toInstant(),
                Proposal.Status.valueOf(node.getProperty("status").getString().toUpperCase(Locale.ROOT)), values,
                node.hasProperty("decided-by") ? Optional.of(node.getProperty("decided-by").getString()) : Optional.empty(),
                node.hasProperty("reason") ? Optional.of(node.getProperty("reason").getString()) : Optional.empty());
    }

    /**
     * Makes an open proposal the page's draft, if the page is still at {@code revision}, for the
     * editor to check and publish.
     */
    public EditableItem accept(SignedInUser editor, String id, long revision)
            throws ContentValidationException, EditRefusedException {
        Proposal proposal = openProposal(editor, id);
        EditableItem draft = items.saveDraft(editor, proposal.itemPath(), proposal.values(), revision);
        decide(editor, id, Proposal.Status.ACCEPTED, null);
        audit.record(editor.id(), "content.proposal.accept", null, proposal.itemPath(), id);
        return draft;
    }

    /** Declines an open proposal; the representative sees the reason. */
    public void reject(SignedInUser editor, String id, String reason) throws EditRefusedException {
        Proposal proposal = openProposal(editor, id);
        if (reason == null || reason.isBlank()) {
            throw new EditRefusedException("content.refused.reasonRequired");
        }
        decide(editor, id, Proposal.Status.REJECTED, reason.strip());
        audit.record(editor.id(), "content.proposal.reject", null, proposal.itemPath(), id);
    }

    private Proposal openProposal(SignedInUser editor, String id) throws EditRefusedException {
        Proposal proposal = find(editor, id).orElseThrow(() -> new EditRefusedException("content.refused.noProposal"));
        if (proposal.status() != Proposal.Status.OPEN) {
            throw new EditRefusedException("content.refused.decided");
        }
        return proposal;
    }

    private void decide(SignedInUser editor, String id, Proposal.Status status, String reason) {
        repository.withServiceSession(session -> {
            Node node = session.getNode(ROOT + "/" + id);
            node.setProperty("status", status.name());
            node.setProperty("decided-by", editor.displayName());
            node.setProperty("decided-at", JcrValues.utc(clock.instant()));
            if (reason != null) {
                node.setProperty("reason", reason);
            }
            session.save();
            return null;
        });
    }
}
