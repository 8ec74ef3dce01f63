package dk.nextwork.platform.content;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.platform.lightmodule.Definitions;
import dk.nextwork.platform.repository.JcrValues;
import dk.nextwork.platform.repository.PortalRepository;

/**
 * Saves content items through their content type: everything is checked first (values, path,
 * links), and only content without a single error is written.
 */
@ApplicationScoped
public class ContentService {

    public static final String PUBLISHED = "published";
    public static final String PUBLISHED_AT = "publishedAt";
    public static final String CREATED = "created";
    public static final String MODIFIED = "modified";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final Definitions definitions;
    private final PortalRepository repository;

    /** For CDI's client proxy only. */
    protected ContentService() {
        this(null, null);
    }

    @Inject
    public ContentService(Definitions definitions, PortalRepository repository) {
        this.definitions = definitions;
        this.repository = repository;
    }

    /**
     * Creates or replaces the item at {@code relativePath} under the type's storage tree (e.g.
     * {@code cafe-havnen} for {@code /partners/cafe-havnen}); returns its absolute path. Properties
     * of the type that {@code values} leaves out are cleared. With {@code publish}, the item is
     * published too; otherwise its published state stays as it was.
     */
    public String save(String typeName, String relativePath, Map<String, ?> values, boolean publish)
            throws ContentValidationException {
        ContentType type = type(typeName);
        List<FieldError> errors = new ArrayList<>();
        if (!isPathOfNames(relativePath)) {
            errors.add(new FieldError("path", "'" + relativePath + "' must be names of lower-case letters, "
                    + "digits and dashes separated by /", "name", List.of()));
        }
        Map<String, Object> stored;
        try {
            stored = ContentValidator.validate(type, values);
        } catch (ContentValidationException e) {
            errors.addAll(e.errors());
            stored = Map.of();
        }
        if (!errors.isEmpty()) {
            throw new ContentValidationException(errors);
        }
        String path = type.storage() + "/" + relativePath;
        Map<String, Object> checked = stored;
        try {
            return repository.withServiceSession(session -> {
                List<FieldError> sessionErrors = new ArrayList<>();
                String parentPath = path.substring(0, path.lastIndexOf('/'));
                if (!session.nodeExists(parentPath)) {
                    sessionErrors.add(new FieldError("path", "the parent " + parentPath + " does not exist"));
                }
                sessionErrors.addAll(linkErrors(session, type, checked));
                if (!sessionErrors.isEmpty()) {
                    throw new UncheckedValidation(sessionErrors);
                }
                write(session, type, path, checked, publish);
                return path;
            });
        } catch (UncheckedValidation e) {
            throw new ContentValidationException(e.errors);
        }
    }

    /** The content type of that name, or a validation error on the type. */
    public ContentType type(String typeName) throws ContentValidationException {
        return definitions.contentType(typeName).orElseThrow(() -> new ContentValidationException(
                List.of(new FieldError(ContentType.TYPE_PROPERTY, "'" + typeName + "' is not a content type",
                        "type", List.of(typeName)))));
    }

    /** Whether a path below a storage tree is names of lower-case letters, digits and dashes. */
    public static boolean isPathOfNames(String relativePath) {
        for (String segment : relativePath.split("/", -1)) {
            if (!NAME.matcher(segment).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks values as {@link #save} does, links included, and returns them as they are stored;
     * for editing tools that keep drafts and versions beside the item.
     */
    public static Map<String, Object> check(Session session, ContentType type, Map<String, ?> values)
            throws ContentValidationException, RepositoryException {
        Map<String, Object> stored = ContentValidator.validate(type, values);
        List<FieldError> errors = linkErrors(session, type, stored);
        if (!errors.isEmpty()) {
            throw new ContentValidationException(errors);
        }
        return stored;
    }

    private static List<FieldError> linkErrors(Session session, ContentType type, Map<String, Object> stored)
            throws RepositoryException {
        List<FieldError> errors = new ArrayList<>();
        for (PropertyDefinition property : type.properties()) {
            if (property.type() != PropertyType.LINK || !stored.containsKey(property.name())) {
                continue;
            }
            Object value = stored.get(property.name());
            for (Object link : value instanceof List<?> list ? list : List.of(value)) {
                String target = (String) link;
                if (!session.nodeExists(target) || !property.target().orElse("").equals(typeOf(session.getNode(target)))) {
                    errors.add(new FieldError(property.name(), target + " is not a " + property.target().orElse(""),
                            "linkTarget", List.of(target)));
                }
            }
        }
        return errors;
    }

    private static String typeOf(Node node) throws RepositoryException {
        return node.hasProperty(ContentType.TYPE_PROPERTY) ? node.getProperty(ContentType.TYPE_PROPERTY).getString() : "";
    }

    /** The item's values of its type's properties, keyed by stored name, as {@link #check} returns them. */
    public static Map<String, Object> values(Node node, ContentType type) throws RepositoryException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (PropertyDefinition property : type.properties()) {
            for (String name : property.storedNames()) {
                if (!node.hasProperty(name)) {
                    continue;
                }
                javax.jcr.Property stored = node.getProperty(name);
                if (stored.isMultiple()) {
                    List<Object> list = new ArrayList<>();
                    for (Value value : stored.getValues()) {
                        list.add(JcrValues.toJava(value));
                    }
                    values.put(name, List.copyOf(list));
                } else {
                    values.put(name, JcrValues.toJava(stored.getValue()));
                }
            }
        }
        return values;
    }

    /** Replaces the node's values of the type's properties with checked ones; does not save. */
    public static void setValues(Node node, ContentType type, Map<String, Object> stored) throws RepositoryException {
        for (PropertyDefinition property : type.properties()) {
            for (String name : property.storedNames()) {
                if (!stored.containsKey(name) && node.hasProperty(name)) {
                    node.getProperty(name).remove();
                }
            }
        }
        ValueFactory factory = node.getSession().getValueFactory();
        for (Map.Entry<String, Object> entry : stored.entrySet()) {
            if (entry.getValue() instanceof List<?> list) {
                Value[] values = new Value[list.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = JcrValues.toValue(factory, list.get(i));
                }
                if (node.hasProperty(entry.getKey()) && !node.getProperty(entry.getKey()).isMultiple()) {
                    node.getProperty(entry.getKey()).remove();
                }
                node.setProperty(entry.getKey(), values);
            } else {
                if (node.hasProperty(entry.getKey()) && node.getProperty(entry.getKey()).isMultiple()) {
                    node.getProperty(entry.getKey()).remove();
                }
                node.setProperty(entry.getKey(), JcrValues.toValue(factory, entry.getValue()));
            }
        }
    }

    private static void write(Session session, ContentType type, String path, Map<String, Object> stored,
                              boolean publish) throws RepositoryException {
        put(session, type, path, stored, publish);
        session.save();
    }

    /**
     * Creates or replaces the item at {@code path} with values {@link #check} returned, published
     * too with {@code publish}; does not save: for a service that checks its own rules in the
     * same session, so that the item and what the rules read are saved together or not at all.
     */
    public static void put(Session session, ContentType type, String path, Map<String, Object> stored, boolean publish)
            throws RepositoryException {
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        Node node;
        if (session.nodeExists(path)) {
            node = session.getNode(path);
        } else {
            String parent = path.substring(0, path.lastIndexOf('/'));
            node = session.getNode(parent).addNode(path.substring(path.lastIndexOf('/') + 1), "nt:unstructured");
            node.setProperty(CREATED, now);
            node.setProperty(PUBLISHED, false);
        }
        node.setProperty(ContentType.TYPE_PROPERTY, type.name());
        setValues(node, type, stored);
        node.setProperty(MODIFIED, now);
        if (publish) {
            node.setProperty(PUBLISHED, true);
            node.setProperty(PUBLISHED_AT, now);
        }
    }

    /** Carries errors found inside a repository session out of it. */
    private static final class UncheckedValidation extends RuntimeException {
        private final transient List<FieldError> errors;

        UncheckedValidation(List<FieldError> errors) {
            super(errors.toString());
            this.errors = errors;
        }
    }
}
