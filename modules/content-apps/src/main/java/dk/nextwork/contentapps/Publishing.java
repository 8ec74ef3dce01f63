package dk.nextwork.contentapps;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.contentapps.internal.EditRecords;
import dk.nextwork.contentapps.internal.EditSessions;
import dk.nextwork.contentapps.internal.Items;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.content.ContentService;
import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.content.ContentValidationException;
import dk.nextwork.platform.content.FieldError;
import dk.nextwork.platform.lightmodule.Definitions;
import dk.nextwork.platform.repository.JcrValues;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RepositoryFailure;
import dk.nextwork.site.PagePreview;

/**
 * Publishing: what the public sees of an item changes only here. Publish (alone or with
 * everything below it), unpublish, at once or at a scheduled time; every publish keeps a version
 * (who, when, why) that can be compared and restored as a draft; a preview shows a draft on its
 * page as it will look. Editors only; every action is audited.
 */
@ApplicationScoped
public class Publishing {

    /** The author of what the scheduler publishes, in versions and the audit trail. */
    public static final String SCHEDULER = "system:scheduler";
    private static final Logger LOG = LoggerFactory.getLogger(Publishing.class);

    private final PortalRepository repository;
    private final Definitions definitions;
    private final AuditTrail audit;
    private final ContentItems items;
    private final PagePreview preview;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected Publishing() {
        this(null, null, null, null, null, Clock.systemUTC());
    }

    @Inject
    public Publishing(PortalRepository repository, Definitions definitions, AuditTrail audit, ContentItems items,
                      PagePreview preview) {
        this(repository, definitions, audit, items, preview, Clock.systemUTC());
    }

    public Publishing(PortalRepository repository, Definitions definitions, AuditTrail audit, ContentItems items,
                      PagePreview preview, Clock clock) {
        this.repository = repository;
        this.definitions = definitions;
        this.audit = audit;
        this.items = items;
        this.preview = preview;
        this.clock = clock;
    }

    /**
     * Publishes the item's draft (or republishes it), if it is still at {@code revision}; with
     * {@code withChildren}, also every item below it that has a draft or is not published. All or
     * nothing: if one of them fails its content type's checks, none is published.
     */
    public EditableItem publish(SignedInUser by, String path, String comment, long revision, boolean withChildren)
            throws ContentValidationException, EditRefusedException {
        ContentItems.requireEditor(by);
        List<String> published = new ArrayList<>();
        EditableItem result = items.withConflictsAsStale(path, () -> EditSessions.runChecked(repository, session -> {
            Node node = current(session, path, revision);
            Instant now = clock.instant();
            publishOne(session, node, by.displayName(), comment, now, true, published);
            if (withChildren) {
                publishBelow(session, node, by.displayName(), comment, now, published);
            }
            session.save();
            return Items.editable(session, node, Items.typeOf(definitions, node).orElseThrow());
        }));
        for (String each : published) {
            audit.record(by.id(), "content.publish", null, each, comment == null || comment.isBlank() ? null : comment);
        }
        return result;
    }

    /** The item, if it is a content item still at {@code revision}. */
    private Node current(Session session, String path, long revision) throws RepositoryException, EditRefusedException {
        if (!session.nodeExists(path) || Items.typeOf(definitions, session.getNode(path)).isEmpty()) {
            throw new EditRefusedException("content.refused.gone");
        }
        Node node = session.getNode(path);
        EditableItem current = Items.editable(session, node, Items.typeOf(definitions, node).orElseThrow());
        if (current.revision() != revision) {
            throw new StaleEditException(current);
        }
        return node;
    }

    private void publishBelow(Session session, Node node, String author, String comment, Instant now, List<String> published)
            throws RepositoryException, ContentValidationException {
        for (NodeIterator children = node.getNodes(); children.hasNext(); ) {
            Node child = children.nextNode();
            if (Items.typeOf(definitions, child).isPresent()) {
                publishOne(session, child, author, comment, now, false, published);
                publishBelow(session, child, author, comment, now, published);
            }
        }
    }

    /** Makes the draft public and keeps a version; an item with nothing new is left alone unless asked for. */
    private void publishOne(Session session, Node node, String author, String comment, Instant now, boolean always,
                            List<String> published) throws RepositoryException, ContentValidationException {
        ContentType type = Items.typeOf(definitions, node).orElseThrow();
        Optional<Map<String, Object>> draft = EditRecords.draft(session, node, type);
        boolean isPublic = Items.status(node) == ItemStatus.PUBLISHED;
        if (draft.isEmpty() && isPublic && !always) {
            return;
        }
        Map<String, Object> values;
        try {
            values = ContentService.check(session, type, draft.orElse(ContentService.values(node, type)));
        } catch (ContentValidationException e) {
            // an item below the one being published: its errors are not the form's fields
            String where = always ? "" : node.getPath() + " ";
            throw new ContentValidationException(e.errors().stream()
                    .map(error -> new FieldError(where + error.field(), where + error.message(), error.code(),
                            error.values())).toList());
        }
        if (draft.isEmpty() && isPublic) {
            return;
        }
        ContentService.setValues(node, type, values);
        node.setProperty(ContentService.PUBLISHED, true);
        node.setProperty(ContentService.PUBLISHED_AT, JcrValues.utc(now));
        node.setProperty(ContentService.MODIFIED, JcrValues.utc(now));
        Node record = EditRecords.of(session, node);
        EditRecords.dropDraft(record);
        EditRecords.setInstant(record, EditRecords.PUBLISH_AT, Optional.empty());
        Node versions = record.hasNode(EditRecords.VERSIONS) ? record.getNode(EditRecords.VERSIONS)
                : record.addNode(EditRecords.VERSIONS, "nt:unstructured");
        Node version = versions.addNode(String.valueOf(versions.getNodes().getSize() + 1), "nt:unstructured");
        ContentService.setValues(version, type, values);
        version.setProperty(EditRecords.VERSION_AUTHOR, author);
        version.setProperty(EditRecords.VERSION_CREATED, JcrValues.utc(now));
        version.setProperty(EditRecords.VERSION_COMMENT, comment == null ? "" : comment.strip());
        EditRecords.touch(record, author, now);
        published.add(node.getPath());
    }

    /** Whether an item can be unpublished: only what is published can be taken off the site. */
    public boolean canUnpublish(ContentItem item) {
        return canUnpublish(item.status());
    }

    private static boolean canUnpublish(ItemStatus status) {
        return status == ItemStatus.PUBLISHED;
    }

    /**
     * Takes the item off the public site and out of the delivery API; its values and draft stay.
     * Refused for an item that is not published.
     */
    public EditableItem unpublish(SignedInUser by, String path, long revision)
            throws EditRefusedException {
        ContentItems.requireEditor(by);
        EditableItem result = EditSessions.run(repository, session -> {
            Node node = current(session, path, revision);
            if (!canUnpublish(Items.status(node))) {
                throw new EditRefusedException("content.refused.notPublished");
            }
            unpublishOne(session, node, by.displayName(), clock.instant());
            session.save();
            return Items.editable(session, node, Items.typeOf(definitions, node).orElseThrow());
        });
        audit.record(by.id(), "content.unpublish", null, path, null);
        return result;
    }

    private static void unpublishOne(Session session, Node node, String author, Instant now) throws RepositoryException {
        if (!node.hasProperty(ContentService.PUBLISHED_AT)) {
            // bootstrapped content was published on import: it stays known as once public
            node.setProperty(ContentService.PUBLISHED_AT, node.hasProperty(ContentService.CREATED)
                    ? node.getProperty(ContentService.CREATED).getDate() : JcrValues.utc(now));
        }
        node.setProperty(ContentService.PUBLISHED, false);
        Node record = EditRecords.of(session, node);
        EditRecords.setInstant(record, EditRecords.UNPUBLISH_AT, Optional.empty());
        EditRecords.touch(record, author, now);
    }

    /**
     * Sets (or, with empty, clears) when the item is published and when it is taken off the site.
     * Times must be in the future, and taking off after publishing.
     */
    public EditableItem schedule(SignedInUser by, String path, Optional<Instant> publishAt, Optional<Instant> unpublishAt,
                                 long revision) throws EditRefusedException {
        ContentItems.requireEditor(by);
        Instant now = clock.instant();
        if (publishAt.filter(at -> at.isBefore(now)).isPresent() || unpublishAt.filter(at -> at.isBefore(now)).isPresent()) {
            throw new EditRefusedException("content.refused.past");
        }
        if (publishAt.isPresent() && unpublishAt.isPresent() && !unpublishAt.get().isAfter(publishAt.get())) {
            throw new EditRefusedException("content.refused.order");
        }
        EditableItem result = EditSessions.run(repository, session -> {
            Node node = current(session, path, revision);
            Node record = EditRecords.of(session, node);
            EditRecords.setInstant(record, EditRecords.PUBLISH_AT, publishAt);
            EditRecords.setInstant(record, EditRecords.UNPUBLISH_AT, unpublishAt);
            EditRecords.touch(record, by.displayName(), now);
            session.save();
            return Items.editable(session, node, Items.typeOf(definitions, node).orElseThrow());
        });
        audit.record(by.id(), "content.schedule", null, path, "publish " + publishAt.map(Instant::toString).orElse("-")
                + ", unpublish " + unpublishAt.map(Instant::toString).orElse("-"));
        return result;
    }

    /** Publishes and unpublishes what is scheduled for now or earlier; returns how many items changed. */
    public int runDue() {
        return runDue(clock.instant());
    }

    /**
     * Publishes and unpublishes what is scheduled for {@code now} or earlier; returns how many
     * items changed. An item that cannot be published (its draft fails its type's checks) keeps
     * its schedule and is logged; the others go ahead.
     */
    public int runDue(Instant now) {
        List<String> due = repository.withServiceSession(session -> {
            List<String> ids = new ArrayList<>();
            if (session.nodeExists(EditRecords.ROOT)) {
                for (NodeIterator records = session.getNode(EditRecords.ROOT).getNodes(); records.hasNext(); ) {
                    Node record = records.nextNode();
                    if (isDue(record, EditRecords.PUBLISH_AT, now) || isDue(record, EditRecords.UNPUBLISH_AT, now)) {
                        ids.add(record.getName());
                    }
                }
            }
            return ids;
        });
        int changed = 0;
        for (String id : due) {
            try {
                Optional<String> path = EditSessions.runChecked(repository, session -> runDue(session, id, now));
                if (path.isPresent()) {
                    changed++;
                    audit.record(SCHEDULER, "content.scheduled", null, path.get(), null);
                }
            } catch (ContentValidationException | EditRefusedException | RepositoryFailure e) {
                LOG.warn("Scheduled publishing of item {} failed: {}", id, e.getMessage());
            }
        }
        return changed;
    }

    private Optional<String> runDue(Session session, String id, Instant now)
            throws RepositoryException, ContentValidationException {
        Node node;
        try {
            node = session.getNodeByIdentifier(id);
        } catch (ItemNotFoundException gone) {
            session.getNode(EditRecords.ROOT + "/" + id).remove();
            session.save();
            return Optional.empty();
        }
        Node record = session.getNode(EditRecords.ROOT + "/" + id);
        boolean publishDue = isDue(record, EditRecords.PUBLISH_AT, now);
        boolean unpublishDue = isDue(record, EditRecords.UNPUBLISH_AT, now);
        if (publishDue) {
            publishOne(session, node, SCHEDULER, "", now, true, new ArrayList<>());
        }
        if (unpublishDue) {
            unpublishOne(session, node, SCHEDULER, now);
        }
        session.save();
        return Optional.of(node.getPath());
    }

    private static boolean isDue(Node record, String name, Instant now) throws RepositoryException {
        return EditRecords.instant(record, name).filter(at -> !at.isAfter(now)).isPresent();
    }

    /** The item's published versions, newest first. */
    public List<Version> versions(String path) {
        return repository.withServiceSession(session -> {
            List<Version> versions = new ArrayList<>();
            if (!session.nodeExists(path)) {
                return versions;
            }
            Node node = session.getNode(path);
            Optional<ContentType> type = Items.typeOf(definitions, node);
            Optional<Node> record = EditRecords.find(session, node);
            if (type.isEmpty() || record.isEmpty() || !record.get().hasNode(EditRecords.VERSIONS)) {
                return versions;
            }
            for (NodeIterator nodes = record.get().getNode(EditRecords.VERSIONS).getNodes(); nodes.hasNext(); ) {
                Node version = nodes.nextNode();
                versions.add(new Version(Integer.parseInt(version.getName()),
                        version.getProperty(EditRecords.VERSION_AUTHOR).getString(),
                        version.getProperty(EditRecords.VERSION_CREATED).getDate().toInstant(),
                        version.getProperty(EditRecords.VERSION_COMMENT).getString(),
                        ContentService.values(version, type.get())));
            }
            versions.sort(Comparator.comparingInt(Version::number).reversed());
            return versions;
        });
    }

    /**
     * Makes an older version the item's draft (publish it to make it public again), if the item
     * is still at {@code revision}.
     */
    public EditableItem restore(SignedInUser by, String path, int number, long revision)
            throws ContentValidationException, EditRefusedException {
        ContentItems.requireEditor(by);
        Version version = versions(path).stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new EditRefusedException("content.refused.noVersion", number));
        EditableItem restored = items.saveDraft(by, path, version.values(), revision);
        audit.record(by.id(), "content.restore", null, path, "version " + number);
        return restored;
    }

    /**
     * The page showing the item, as it will look once published: with {@code values} (the
     * editor's form, checked like a save) for the item and the drafts of the items below it.
     * Empty if no page shows the item.
     */
    public Optional<String> preview(SignedInUser by, String path, Map<String, ?> values, String language)
            throws ContentValidationException, EditRefusedException {
        ContentItems.requireEditor(by);
        Map<String, Object> checked = EditSessions.runChecked(repository, session -> {
            if (!session.nodeExists(path) || Items.typeOf(definitions, session.getNode(path)).isEmpty()) {
                throw new EditRefusedException("content.refused.gone");
            }
            Node node = session.getNode(path);
            return new LinkedHashMap<>(ContentService.check(session, Items.typeOf(definitions, node).orElseThrow(), values));
        });
        return preview.html(path, language, session -> {
            Node node = session.getNode(path);
            ContentService.setValues(node, Items.typeOf(definitions, node).orElseThrow(), checked);
            node.setProperty(ContentService.PUBLISHED, true);
            withDraftsBelow(session, node);
            return null;
        });
    }

    private void withDraftsBelow(Session session, Node node) throws RepositoryException {
        for (NodeIterator children = node.getNodes(); children.hasNext(); ) {
            Node child = children.nextNode();
            Optional<ContentType> type = Items.typeOf(definitions, child);
            if (type.isPresent()) {
                Optional<Map<String, Object>> draft = EditRecords.draft(session, child, type.get());
                if (draft.isPresent()) {
                    ContentService.setValues(child, type.get(), draft.get());
                }
                withDraftsBelow(session, child);
            }
        }
    }
}
