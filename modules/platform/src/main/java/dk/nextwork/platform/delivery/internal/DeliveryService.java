package dk.nextwork.platform.delivery.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.query.QueryResult;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.content.PublicChanges;
import dk.nextwork.platform.delivery.DeliveryEndpoint;
import dk.nextwork.platform.lightmodule.Definitions;
import dk.nextwork.platform.repository.PortalRepository;

/**
 * Answers delivery requests from the published content, and keeps the answers until the content
 * or the definitions change: repeated requests are served from memory.
 */
@ApplicationScoped
public class DeliveryService {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryService.class);
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");
    private static final int MAX_SEGMENTS = 20;

    private final Definitions definitions;
    private final PortalRepository repository;
    private final PublicChanges publicChanges;
    private final ResponseCache cache = new ResponseCache(2_000);
    private AutoCloseable changes;

    /** For CDI's client proxy only. */
    protected DeliveryService() {
        this(null, null, null);
    }

    @Inject
    public DeliveryService(Definitions definitions, PortalRepository repository, PublicChanges publicChanges) {
        this.definitions = definitions;
        this.repository = repository;
        this.publicChanges = publicChanges;
    }

    /** Only changes of published content empty the cache: audit entries, reports and sessions do not. */
    private synchronized void listenForChanges() {
        if (changes == null) {
            changes = publicChanges.onChange(cache::clear);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (changes != null) {
            try {
                changes.close();
            } catch (Exception e) {
                LOG.debug("Stopping the change listener", e);
            }
        }
    }

    /** {@code GET /.rest/delivery/{endpoint}/}: a page of the endpoint's published items. */
    public DeliveryResponse list(String endpointName, String rawQuery) {
        return cached("L|" + endpointName + "|" + rawQuery, () -> {
            DeliveryEndpoint endpoint = endpoint(endpointName);
            DeliveryQuery query = DeliveryQuery.parse(endpoint, types(endpoint), QueryString.parse(rawQuery));
            return repository.withServiceSession(session -> {
                QueryResult result = query.toQuery(session, endpoint.contentTypes(), 1).execute();
                NodeRenderer renderer = new NodeRenderer(definitions, endpoint, query.language);
                List<Object> results = new ArrayList<>();
                boolean more = false;
                int skip = query.words.isEmpty() ? 0 : query.offset;
                for (NodeIterator nodes = result.getNodes(); nodes.hasNext(); ) {
                    Node node = nodes.nextNode();
                    if (!query.words.isEmpty() && !renderer.mentionsAll(node, query.words)) {
                        continue;
                    }
                    if (skip > 0) {
                        skip--;
                        continue;
                    }
                    if (results.size() == query.limit) {
                        more = true;
                        break;
                    }
                    results.add(renderer.render(node, 0));
                }
                Map<String, Object> page = new LinkedHashMap<>();
                page.put("offset", query.offset);
                page.put("limit", query.limit);
                page.put("more", more);
                page.put("lang", query.language);
                page.put("results", results);
                return DeliveryResponse.ok(page);
            });
        });
    }

    /** {@code GET /.rest/delivery/{endpoint}/{path}}: one published item with its children. */
    public DeliveryResponse one(String endpointName, String path, String rawQuery) {
        return cached("N|" + endpointName + "|" + path + "|" + rawQuery, () -> {
            DeliveryEndpoint endpoint = endpoint(endpointName);
            Map<String, String> parameters = QueryString.parse(rawQuery);
            for (String name : parameters.keySet()) {
                if (!name.equals("lang")) {
                    throw new BadParameterException(name, "a single item takes only the lang parameter");
                }
            }
            String language = DeliveryQuery.language(endpoint, parameters);
            String absolute = endpoint.rootPath() + "/" + checkedPath(path);
            return repository.withServiceSession(session -> {
                if (!session.nodeExists(absolute)) {
                    return notFound(path);
                }
                Node node = session.getNode(absolute);
                Optional<String> type = NodeRenderer.typeOf(node);
                if (!NodeRenderer.isPublished(node) || type.filter(endpoint.contentTypes()::contains).isEmpty()) {
                    return notFound(path);
                }
                return DeliveryResponse.ok(new NodeRenderer(definitions, endpoint, language).render(node,
                        endpoint.depth()));
            });
        });
    }

    private static DeliveryResponse notFound(String path) {
        return DeliveryResponse.error(404, "no published item at '" + path + "'", null);
    }

    private DeliveryEndpoint endpoint(String name) throws UnknownEndpointException {
        return definitions.endpoint(name).orElseThrow(() -> new UnknownEndpointException(name));
    }

    private List<ContentType> types(DeliveryEndpoint endpoint) {
        List<ContentType> types = new ArrayList<>();
        endpoint.contentTypes().forEach(name -> definitions.contentType(name).ifPresent(types::add));
        return types;
    }

    /** Path segments of plain names only: no '..', no empty segments, no characters JCR treats specially. */
    private static String checkedPath(String path) throws BadParameterException {
        String[] segments = path.split("/", -1);
        if (segments.length > MAX_SEGMENTS) {
            throw new BadParameterException("path", "too many segments");
        }
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches() || segment.startsWith(".")) {
                throw new BadParameterException("path", "must be names of letters, digits, '-', '_' and '.' "
                        + "separated by '/'");
            }
        }
        return path;
    }

    @FunctionalInterface
    private interface Answer {
        DeliveryResponse get() throws Exception;
    }

    private DeliveryResponse cached(String key, Answer answer) {
        listenForChanges();
        long generation = definitions.generation();
        DeliveryResponse hit = cache.get(key, generation);
        if (hit != null) {
            return hit;
        }
        long before = cache.epoch();
        DeliveryResponse fresh = compute(answer);
        if (fresh.status() == 200) {
            cache.put(key, generation, before, fresh);
        }
        return fresh;
    }

    private static DeliveryResponse compute(Answer answer) {
        try {
            return answer.get();
        } catch (BadParameterException e) {
            return DeliveryResponse.error(400, e.parameter() + ": " + e.getMessage(), e.parameter());
        } catch (UnknownEndpointException e) {
            return DeliveryResponse.error(404, "no delivery endpoint '" + e.getMessage() + "'", null);
        } catch (Exception e) {
            if (e.getCause() instanceof BadParameterException bad) {
                return DeliveryResponse.error(400, bad.parameter() + ": " + bad.getMessage(), bad.parameter());
            }
            LOG.error("Delivery request failed", e);
            return DeliveryResponse.error(500, "the content could not be read", null);
        }
    }

    /** A request named an endpoint no light module defines. */
    static final class UnknownEndpointException extends Exception {
        UnknownEndpointException(String name) {
            super(name);
        }
    }
}
