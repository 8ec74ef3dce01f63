package dk.nextwork.contentapps;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.contentapps.internal.EditRecords;
import dk.nextwork.contentapps.internal.EditSessions;
import dk.nextwork.contentapps.internal.Items;
import dk.nextwork.contentapps.internal.Links;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.RoleCheck;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.content.ContentService;
import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.content.ContentValidationException;
import dk.nextwork.platform.content.PropertyDefinition;
import dk.nextwork.platform.i18n.Languages;
import dk.nextwork.platform.lightmodule.Definitions;
import dk.nextwork.platform.repository.JcrValues;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RepositoryFailure;

/**
 * The editors' work on content items of any content type: find, open, create, save drafts,
 * duplicate, move, reorder and delete. What an editor saves is a draft kept beside the item; the
 * public sees it once it is published ({@link Publishing}). Every change is checked by the item's
 * content type, refused whole if anything is wrong, refused if somebody else changed the item
 * since it was opened, and audited. Editors only (an administrator runs the portal, not its content).
 */
@ApplicationScoped
public class ContentItems {

    private final PortalRepository repository;
    private final Definitions definitions;
    private final AuditTrail audit;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected ContentItems() {
        this(null, null, null, Clock.systemUTC());
    }

    @Inject
    public ContentItems(PortalRepository repository, Definitions definitions, AuditTrail audit) {
        this(repository, definitions, audit, Clock.systemUTC());
    }

    public ContentItems(PortalRepository repository, Definitions definitions, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.definitions = definitions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The content types, by their Danish label: each has its app. */
    public List<ContentType> types() {
        return definitions.contentTypes().stream().sorted(Comparator.comparing(t -> t.labelIn(Languages.DEFAULT))).toList();
    }

    public Optional<ContentType> type(String name) {
        return definitions.contentType(name);
    }

    /** The site's page tree as the content types now define it. */
    public PageTree pageTree() {
        String root = type(PageTree.PAGE).map(ContentType::storage).orElse("/website");
        return new PageTree(root, types().stream().filter(type -> type.storage().equals(root)).toList());
    }

    /** The pages an item of the page tree may be moved below, by their title. */
    public List<ContentItem> placesToMove(ContentItem item) {
        PageTree tree = pageTree();
        return find(ItemQuery.all(PageTree.PAGE)).stream().filter(page -> tree.mayMoveBelow(item, page)).toList();
    }

    /** The items of a type matching the query, in its order, the slice it asks for. */
    public List<ContentItem> find(ItemQuery query) {
        List<ContentItem> all = matching(query);
        int from = Math.min(query.offset(), all.size());
        int to = (int) Math.min((long) from + query.limit(), all.size());
        return List.copyOf(all.subList(from, to));
    }

    public int count(ItemQuery query) {
        return matching(query).size();
    }

    private List<ContentItem> matching(ItemQuery query) {
        Optional<ContentType> type = definitions.contentType(query.typeName());
        if (type.isEmpty()) {
            return List.of();
        }
        String text = query.text() == null ? "" : query.text().trim().toLowerCase(Locale.ROOT);
        List<ContentItem> items = repository.withServiceSession(session -> {
            List<ContentItem> found = new ArrayList<>();
            if (session.nodeExists(type.get().storage())) {
                collect(session, session.getNode(type.get().storage()), type.get(), found);
            }
            return found;
        });
        Comparator<ContentItem> order = switch (query.sort()) {
            case TITLE -> Comparator.comparing(item -> item.title().toLowerCase(Locale.ROOT));
            case MODIFIED -> Comparator.comparing(ContentItem::modified);
            case STATUS -> Comparator.comparing((ContentItem item) -> item.status()).thenComparing(ContentItem::hasDraft);
            case PATH -> Comparator.comparing(ContentItem::path);
        };
        return items.stream()
                .filter(item -> text.isEmpty() || item.title().toLowerCase(Locale.ROOT).contains(text)
                        || item.name().contains(text))
                .filter(item -> query.status().map(status -> status == item.status()).orElse(true))
                .filter(item -> !query.onlyDrafts() || item.hasDraft())
                .sorted(query.ascending() ? order : order.reversed())
                .toList();
    }

    private void collect(Session session, Node node, ContentType type, List<ContentItem> found) throws RepositoryException {
        for (NodeIterator children = node.getNodes(); children.hasNext(); ) {
            Node child = children.nextNode();
            if (Items.typeName(child).filter(type.name()::equals).isPresent()) {
                found.add(Items.item(session, child, type));
            }
            collect(session, child, type, found);
        }
    }

    /** The content items directly below a path (a page's sub-pages and components), in their order. */
    public List<ContentItem> children(String parentPath) {
        return repository.withServiceSession(session -> {
            List<ContentItem> items = new ArrayList<>();
            if (session.nodeExists(parentPath)) {
                for (Node child : Items.contentChildren(session.getNode(parentPath))) {
                    Optional<ContentType> type = Items.typeOf(definitions, child);
                    if (type.isPresent()) {
                        items.add(Items.item(session, child, type.get()));
                    }
                }
            }
            return items;
        });
    }

    public Optional<ContentItem> item(String path) {
        return repository.withServiceSession(session -> {
            Optional<ContentType> type = session.nodeExists(path) ? Items.typeOf(definitions, session.getNode(path))
                    : Optional.empty();
            return type.isPresent() ? Optional.of(Items.item(session, session.getNode(path), type.get()))
                    : Optional.<ContentItem>empty();
        });
    }

    /** The item for editing: its draft or else its published values, and the revision a save must find. */
    public EditableItem open(SignedInUser by, String path) throws EditRefusedException {
        requireEditor(by);
        return EditSessions.run(repository, session -> editable(session, path));
    }

    private EditableItem editable(Session session, String path) throws RepositoryException, EditRefusedException {
        // anything but an absolute path of item names names no item (and Oak would refuse it)
        if (path == null || !path.startsWith("/") || !ContentService.isPathOfNames(path.substring(1))
                || !session.nodeExists(path)) {
            throw new EditRefusedException("content.refused.gone");
        }
        Node node = session.getNode(path);
        ContentType type = Items.typeOf(definitions, node)
                .orElseThrow(() -> new EditRefusedException("content.refused.noType"));
        return Items.editable(session, node, type);
    }

    /**
     * Creates an item, not published, below {@code parentPath} (the type's tree or an item in it);
     * returns its path.
     */
    public String create(SignedInUser by, String typeName, String parentPath, String name, Map<String, ?> values)
            throws ContentValidationException, EditRefusedException {
        requireEditor(by);
        ContentType type = definitions.contentType(typeName)
                .orElseThrow(() -> new EditRefusedException("content.refused.noType"));
        if (!ContentService.isPathOfNames(name) || name.contains("/")) {
            throw new EditRefusedException("content.refused.name", name);
        }
        String path = EditSessions.runChecked(repository, session -> {
            checkPlace(session, type, parentPath);
            Node parent = session.getNode(parentPath);
            if (parent.hasNode(name)) {
                throw new EditRefusedException("content.refused.exists", title(session, parent.getNode(name)));
            }
            Map<String, Object> stored = ContentService.check(session, type, values);
            Node node = parent.addNode(name, "nt:unstructured");
            Instant now = clock.instant();
            node.setProperty(ContentType.TYPE_PROPERTY, type.name());
            node.setProperty(ContentService.CREATED, JcrValues.utc(now));
            node.setProperty(ContentService.MODIFIED, JcrValues.utc(now));
            node.setProperty(ContentService.PUBLISHED, false);
            ContentService.setValues(node, type, stored);
            EditRecords.touch(EditRecords.of(session, node), by.displayName(), now);
            session.save();
            return node.getPath();
        });
        audit.record(by.id(), "content.create", null, path, null);
        return path;
    }

    /**
     * Whether items of a type may be below a path: the type's tree, or an item in it; in the page
     * tree, its root or a page ({@link PageTree}).
     */
    private void checkPlace(Session session, ContentType type, String parentPath)
            throws RepositoryException, EditRefusedException {
        boolean inTree = parentPath.equals(type.storage()) || parentPath.startsWith(type.storage() + "/");
        if (!inTree || !session.nodeExists(parentPath)) {
            throw new EditRefusedException("content.refused.place");
        }
        PageTree tree = pageTree();
        if (tree.contains(type)
                && !tree.mayHoldItems(parentPath, Items.typeName(session.getNode(parentPath)).orElse(null))) {
            throw new EditRefusedException("content.refused.notBelowPage");
        }
    }

    /**
     * Saves the editor's values as the item's draft, if the item is still at {@code revision}
     * (else {@link StaleEditException}, and nothing is written). A draft equal to what is
     * published is dropped. Returns the item as saved.
     */
    public EditableItem saveDraft(SignedInUser by, String path, Map<String, ?> values, long revision)
            throws ContentValidationException, EditRefusedException {
        requireEditor(by);
        EditableItem saved = withConflictsAsStale(path, () -> EditSessions.runChecked(repository, session -> {
            EditableItem current = editable(session, path);
            if (current.revision() != revision) {
                throw new StaleEditException(current);
            }
            Node node = session.getNode(path);
            Map<String, Object> stored = ContentService.check(session, current.type(), values);
            Node record = EditRecords.of(session, node);
            Instant now = clock.instant();
            if (Items.status(node) == ItemStatus.NEW) {
                // never published: nobody sees the item, so it is its own draft
                ContentService.setValues(node, current.type(), stored);
                node.setProperty(ContentService.MODIFIED, JcrValues.utc(now));
            } else {
                EditRecords.setDraft(record, current.type(), stored, ContentService.values(node, current.type()));
            }
            EditRecords.touch(record, by.displayName(), now);
            session.save();
            return editable(session, path);
        }));
        audit.record(by.id(), "content.save", null, path, null);
        return saved;
    }

    /** Copies an item with everything below it, as drafts never published; returns the copy's path. */
    public String duplicate(SignedInUser by, String path) throws EditRefusedException {
        requireEditor(by);
        String copy = EditSessions.run(repository, session -> {
            EditableItem source = editable(session, path);
            Node node = session.getNode(path);
            Node parent = node.getParent();
            String name = node.getName() + "-kopi";
            for (int n = 2; parent.hasNode(name); n++) {
                name = node.getName() + "-kopi-" + n;
            }
            String target = parent.getPath() + "/" + name;
            session.getWorkspace().copy(path, target);
            session.refresh(false);
            Node copied = session.getNode(target);
            asNewCopy(session, node, copied, clock.instant());
            Optional<PropertyDefinition> title = source.type().nameProperty();
            if (title.isPresent() && copied.hasProperty(title.get().name()) && title.get().options().isEmpty()) {
                String renamed = copied.getProperty(title.get().name()).getString() + " (kopi)";
                if (title.get().maxLength().map(max -> renamed.length() <= max).orElse(true)) {
                    copied.setProperty(title.get().name(), renamed);
                }
            }
            session.save();
            return target;
        });
        audit.record(by.id(), "content.duplicate", null, path + " -> " + copy, null);
        return copy;
    }

    /** A copied item and everything below it: unpublished, with the source's drafts as their values. */
    private void asNewCopy(Session session, Node source, Node copy, Instant now) throws RepositoryException {
        Optional<ContentType> type = Items.typeOf(definitions, copy);
        if (type.isPresent()) {
            Optional<Map<String, Object>> draft = EditRecords.draft(session, source, type.get());
            if (draft.isPresent()) {
                ContentService.setValues(copy, type.get(), draft.get());
            }
            copy.setProperty(ContentService.PUBLISHED, false);
            if (copy.hasProperty(ContentService.PUBLISHED_AT)) {
                copy.getProperty(ContentService.PUBLISHED_AT).remove();
            }
            copy.setProperty(ContentService.CREATED, JcrValues.utc(now));
            copy.setProperty(ContentService.MODIFIED, JcrValues.utc(now));
        }
        for (NodeIterator children = copy.getNodes(); children.hasNext(); ) {
            Node child = children.nextNode();
            if (source.hasNode(child.getName())) {
                asNewCopy(session, source.getNode(child.getName()), child, now);
            }
        }
    }

    /**
     * Moves an item (with everything below it) below another place in its type's tree; links to it
     * from other items follow. Returns its new path.
     */
    public String move(SignedInUser by, String path, String newParentPath) throws EditRefusedException {
        requireEditor(by);
        String moved = EditSessions.run(repository, session -> {
            EditableItem item = editable(session, path);
            checkPlace(session, item.type(), newParentPath);
            if (newParentPath.equals(path) || newParentPath.startsWith(path + "/")) {
                throw new EditRefusedException("content.refused.intoItself");
            }
            Node node = session.getNode(path);
            if (node.getParent().getPath().equals(newParentPath)) {
                return path;
            }
            if (session.getNode(newParentPath).hasNode(node.getName())) {
                throw new EditRefusedException("content.refused.exists",
                        title(session, session.getNode(newParentPath).getNode(node.getName())));
            }
            String target = newParentPath + "/" + node.getName();
            session.move(path, target);
            Links.follow(session, definitions, path, target);
            session.save();
            return target;
        });
        audit.record(by.id(), "content.move", null, path + " -> " + moved, null);
        return moved;
    }

    /** Moves an item one place up or down among the items beside it. */
    public void reorder(SignedInUser by, String path, boolean up) throws EditRefusedException {
        requireEditor(by);
        EditSessions.run(repository, session -> {
            editable(session, path);
            Node node = session.getNode(path);
            List<Node> siblings = Items.contentChildren(node.getParent());
            int index = -1;
            for (int i = 0; i < siblings.size(); i++) {
                if (siblings.get(i).getPath().equals(path)) {
                    index = i;
                }
            }
            int target = up ? index - 1 : index + 1;
            if (target < 0 || target >= siblings.size()) {
                return null;
            }
            Node parent = node.getParent();
            if (up) {
                parent.orderBefore(node.getName(), siblings.get(target).getName());
            } else {
                parent.orderBefore(siblings.get(target).getName(), node.getName());
            }
            session.save();
            return null;
        });
        audit.record(by.id(), "content.reorder", null, path + (up ? " up" : " down"), null);
    }

    /** Items that link to this item or to anything below it (in what is published, or in drafts). */
    public List<Reference> references(String path) {
        return repository.withServiceSession(session -> Links.to(session, definitions, path));
    }

    /**
     * Deletes an item with everything below it, and what editing kept for them. Refused while
     * other items link to it.
     */
    public void delete(SignedInUser by, String path) throws EditRefusedException {
        requireEditor(by);
        EditSessions.run(repository, session -> {
            editable(session, path);
            List<Reference> references = Links.to(session, definitions, path);
            if (!references.isEmpty()) {
                throw new EditRefusedException("content.refused.referenced", references.size(),
                        references.get(0).title());
            }
            Node node = session.getNode(path);
            forgetRecords(session, node);
            node.remove();
            session.save();
            return null;
        });
        audit.record(by.id(), "content.delete", null, path, null);
    }

    /** What editors know an item by, for a refusal: its title as their lists show it. */
    private String title(Session session, Node node) throws RepositoryException {
        Optional<ContentType> type = Items.typeOf(definitions, node);
        return type.isPresent() ? Items.item(session, node, type.get()).title() : node.getName();
    }

    private static void forgetRecords(Session session, Node node) throws RepositoryException {
        Optional<Node> record = EditRecords.find(session, node);
        if (record.isPresent()) {
            record.get().remove();
        }
        for (NodeIterator children = node.getNodes(); children.hasNext(); ) {
            forgetRecords(session, children.nextNode());
        }
    }

    static void requireEditor(SignedInUser by) {
        RoleCheck.require(by, "editors only", Role.EDITOR);
    }

    interface Work<T> {
        T run() throws ContentValidationException, EditRefusedException;
    }

    /** Two saves of one item at the same moment: the one Oak refuses lost the race, as a stale edit. */
    <T> T withConflictsAsStale(String path, Work<T> work)
            throws ContentValidationException, EditRefusedException {
        try {
            return work.run();
        } catch (RepositoryFailure failure) {
            if (!failure.isConflict()) {
                throw failure;
            }
            throw new StaleEditException(EditSessions.run(repository, session -> editable(session, path)));
        }
    }
}
