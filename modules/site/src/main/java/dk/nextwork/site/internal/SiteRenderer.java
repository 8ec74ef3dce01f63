package dk.nextwork.site.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import dk.nextwork.dam.Assets;
import dk.nextwork.platform.config.ProductName;
import dk.nextwork.platform.content.PublicChanges;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.platform.i18n.Languages;
import dk.nextwork.platform.lightmodule.Definitions;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RepositoryFailure;

/**
 * Renders the public site from published content with the FreeMarker templates of the
 * {@code nextwork-site} light module. A page's {@code template} property chooses its template;
 * partner and persona pages live below the pages whose template lists them. Rendered pages are
 * kept until any content or any file of the light modules changes.
 */
@ApplicationScoped
public class SiteRenderer {

    /** The light module whose templates, texts and styles make the site. */
    static final String MODULE = "nextwork-site";
    private static final int MAX_CACHED_PAGES = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(SiteRenderer.class);
    /** The address of the search page (in both languages). */
    static final String SEARCH_PAGE = "soeg";
    /** Page templates that list the items of a tree, each item with a page of its own below. */

    private final PortalRepository repository;
    private final Definitions definitions;
    private final PublicChanges publicChanges;
    private final Assets assets;
    /** The light modules' generation the cached pages were rendered with. */
    private volatile long templatesGeneration = -1;
    /** Rendered pages by address; bounded, and only pages that exist, so odd addresses cannot fill it. */
    private final Map<String, RenderedPage> cache = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, RenderedPage> eldest) {
                    return size() > MAX_CACHED_PAGES;
                }
            });
    private final java.util.concurrent.atomic.AtomicLong epoch = new java.util.concurrent.atomic.AtomicLong();
    private volatile Configuration freemarker;
    private volatile AutoCloseable changes;

    /** For CDI's client proxy only. */
    protected SiteRenderer() {
        this(null, null, null, null);
    }

    @Inject
    public SiteRenderer(PortalRepository repository, Definitions definitions, PublicChanges publicChanges,
                        Assets assets) {
        this.repository = repository;
        this.definitions = definitions;
        this.publicChanges = publicChanges;
        this.assets = assets;
    }

    @PreDestroy
    void stop() {
        if (changes != null) {
            try {
                changes.close();
            } catch (Exception e) {
                LOG.debug("Stopping the change listener", e);
            }
        }
    }

    /** The page at a public address, or the friendly 404 page in the address's language. */
    public RenderedPage render(String requestPath) {
        return render("", requestPath);
    }

    /** As {@link #render(String)}, with the web application's context path in front of every link. */
    public RenderedPage render(String contextPath, String requestPath) {
        return render(contextPath, requestPath, null);
    }

    /**
     * The page at an address; {@code /soeg?q=…} ({@code /en/soeg?q=…}) is the search page. Search
     * results are not kept: every search reads the index.
     */
    public RenderedPage render(String contextPath, String requestPath, String searchQuery) {
        Optional<SiteAddress> address = SiteAddress.parse(requestPath);
        String language = address.map(SiteAddress::language)
                .orElse(requestPath != null && requestPath.startsWith("/en/") ? "en" : Languages.DEFAULT);
        String key = contextPath + address.map(SiteAddress::url).orElse("?" + language);
        SiteLinks links = new SiteLinks(contextPath);
        if (address.filter(a -> a.pagePath().equals(SEARCH_PAGE)).isPresent()) {
            return search(address.get(), links, searchQuery);
        }
        try {
            listenForChanges();
            forgetPagesOfChangedTemplates();
            RenderedPage cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
            long epochBefore = epoch.get();
            RenderedPage page = repository.withServiceSession(session -> {
                try {
                    return address.isPresent() ? renderAddress(session, address.get(), links)
                            : notFound(session, language, links);
                } catch (IOException | TemplateException e) {
                    throw new RepositoryException("A template of " + MODULE + " failed: " + e.getMessage(), e);
                }
            });
            // a page rendered while content changed may show the old content: not kept
            if (page.status() == 200 && epoch.get() == epochBefore) {
                cache.put(key, page);
            }
            return page;
        } catch (IOException | RepositoryFailure e) {
            LOG.error("Rendering {} failed", requestPath, e);
            return new RenderedPage(500, "<!DOCTYPE html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\">"
                    + "<title>" + ProductName.current() + "</title></head><body>"
                    + "<p>Siden kunne ikke vises. / The page could not be shown.</p></body></html>", null, 0);
        }
    }

    /**
     * The page an item shows on (a page itself, the page a component is on, a partner's or a
     * persona's own page), rendered after {@code changes} were made in a session that is never
     * saved: how the item will look once published. Never cached. Empty if the item is not shown
     * on any page.
     */
    public Optional<RenderedPage> preview(String contextPath, String itemPath, String language,
                                          dk.nextwork.platform.repository.SessionWork<?> changes) {
        return repository.withServiceSession(session -> {
            changes.apply(session);
            Optional<String> pagePath = addressOf(session, itemPath);
            if (pagePath.isEmpty()) {
                return Optional.<RenderedPage>empty();
            }
            try {
                return Optional.of(renderAddress(session, new SiteAddress(language, pagePath.get()), new SiteLinks(contextPath)));
            } catch (IOException | TemplateException e) {
                throw new RepositoryException("A template of " + MODULE + " failed: " + e.getMessage(), e);
            } finally {
                session.refresh(false);
            }
        });
    }

    /** The path below the site root of the page that shows an item. */
    private Optional<String> addressOf(Session session, String itemPath) throws RepositoryException {
        if (!session.nodeExists(itemPath)) {
            return Optional.empty();
        }
        Node node = session.getNode(itemPath);
        if (itemPath.equals(SiteAddress.SITE_ROOT) || itemPath.startsWith(SiteAddress.SITE_ROOT + "/")) {
            while (!Content.isOfType(node, "page") && !node.getPath().equals(SiteAddress.SITE_ROOT)) {
                node = node.getParent();
            }
            return Optional.of(node.getPath().substring(SiteAddress.SITE_ROOT.length()).replaceFirst("^/", ""));
        }
        for (Map.Entry<String, String> list : SiteLists.of(definitions).trees().entrySet()) {
            if (node.getParent().getPath().equals(list.getValue()) && session.nodeExists(SiteAddress.SITE_ROOT)) {
                Optional<String> listPage = pageWithTemplate(session.getNode(SiteAddress.SITE_ROOT), list.getKey());
                if (listPage.isPresent()) {
                    return Optional.of(listPage.get() + "/" + node.getName());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> pageWithTemplate(Node page, String template) throws RepositoryException {
        if (Content.text(page, "template", Languages.DEFAULT).filter(template::equals).isPresent()) {
            return Optional.of(page.getPath().substring(SiteAddress.SITE_ROOT.length()).replaceFirst("^/", ""));
        }
        for (NodeIterator children = page.getNodes(); children.hasNext(); ) {
            Node child = children.nextNode();
            if (Content.isOfType(child, "page")) {
                Optional<String> found = pageWithTemplate(child, template);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Every published page's path below the site root ("" for the front page), for the sitemap. */
    public List<String> pagePaths() {
        return repository.withServiceSession(session -> {
            List<String> paths = new ArrayList<>();
            if (Content.sitePagePath(session, SiteAddress.SITE_ROOT).isPresent()) {
                collect(session, session.getNode(SiteAddress.SITE_ROOT), "", paths);
            }
            return paths;
        });
    }

    private void collect(Session session, Node page, String path, List<String> paths) throws RepositoryException {
        paths.add(path);
        String list = SiteLists.of(definitions).tree(Content.text(page, "template", Languages.DEFAULT).orElse("")).orElse(null);
        if (list != null && session.nodeExists(list)) {
            for (NodeIterator items = session.getNode(list).getNodes(); items.hasNext(); ) {
                Node item = items.nextNode();
                if (Content.isPublished(item)) {
                    paths.add(path + "/" + item.getName());
                }
            }
        }
        for (NodeIterator children = page.getNodes(); children.hasNext(); ) {
            Node child = children.nextNode();
            if (Content.isPublished(child) && Content.isOfType(child, "page")) {
                collect(session, child, path.isEmpty() ? child.getName() : path + "/" + child.getName(), paths);
            }
        }
    }

    private RenderedPage search(SiteAddress address, SiteLinks links, String searchQuery) {
        try {
            return repository.withServiceSession(session -> {
                try {
                    Node root = session.getNode(SiteAddress.SITE_ROOT);
                    Map<String, Object> model = baseModel(session, address, root, links);
                    String title = texts(address.language()).getOrDefault("search.title", "Søg");
                    model.put("title", title);
                    model.put("breadcrumb", List.of());
                    model.put("query", searchQuery == null ? "" : searchQuery);
                    if (searchQuery != null && !searchQuery.isBlank()) {
                        model.put("alternateUrl", links.to(address.otherLanguage(), SEARCH_PAGE) + "?q="
                                + java.net.URLEncoder.encode(searchQuery, StandardCharsets.UTF_8));
                    }
                    List<String> words = SiteSearch.words(searchQuery);
                    model.put("searched", !words.isEmpty());
                    model.put("hits", SiteSearch.find(session, SiteLists.of(definitions), words, address.language(), links::to));
                    return render(200, "pages/search.ftl", model);
                } catch (IOException | TemplateException e) {
                    throw new RepositoryException("A template of " + MODULE + " failed: " + e.getMessage(), e);
                }
            });
        } catch (RepositoryFailure e) {
            LOG.error("Searching for {} failed", searchQuery, e);
            return new RenderedPage(500, "<!DOCTYPE html><html lang=\"" + address.language() + "\"><head>"
                    + "<meta charset=\"utf-8\"><title>" + ProductName.current() + "</title></head><body>"
                    + "<p>Søgningen mislykkedes. / The search failed.</p></body></html>", null, 0);
        }
    }

    /** Only changes of published content and assets empty the cache: audit entries, reports and sessions do not. */
    private void listenForChanges() {
        if (changes == null) {
            synchronized (this) {
                if (changes == null) {
                    changes = publicChanges.onChange(() -> {
                        epoch.incrementAndGet();
                        cache.clear();
                    });
                }
            }
        }
    }

    /** A template, text or style edited in a light module shows on the next request, as content does. */
    private void forgetPagesOfChangedTemplates() throws IOException {
        long generation = definitions.generation();
        if (generation != templatesGeneration) {
            synchronized (this) {
                if (generation != templatesGeneration) {
                    epoch.incrementAndGet();
                    cache.clear();
                    templates().clearTemplateCache();
                    templatesGeneration = generation;
                }
            }
        }
    }

    private RenderedPage renderAddress(Session session, SiteAddress address, SiteLinks links)
            throws RepositoryException, IOException, TemplateException {
        String pagePath = SiteAddress.SITE_ROOT + (address.pagePath().isEmpty() ? "" : "/" + address.pagePath());
        if (Content.sitePagePath(session, pagePath).isPresent()) {
            Node page = session.getNode(pagePath);
            Map<String, Object> model = baseModel(session, address, page, links);
            String template = Content.text(page, "template", Languages.DEFAULT).orElse("article");
            String list = SiteLists.of(definitions).tree(template).orElse(null);
            if (list != null) {
                model.put("items", items(session, list, address, links));
            }
            return ok(templateName(template), model);
        }
        int slash = address.pagePath().lastIndexOf('/');
        if (slash > 0) {
            String parentPath = SiteAddress.SITE_ROOT + "/" + address.pagePath().substring(0, slash);
            if (Content.sitePagePath(session, parentPath).isPresent()) {
                Node parent = session.getNode(parentPath);
                SiteLists lists = SiteLists.of(definitions);
                String list = lists.tree(Content.text(parent, "template", Languages.DEFAULT).orElse("")).orElse(null);
                String itemPath = list + "/" + address.pagePath().substring(slash + 1);
                if (list != null && session.nodeExists(itemPath) && Content.isPublished(session.getNode(itemPath))) {
                    Node item = session.getNode(itemPath);
                    Map<String, Object> model = baseModel(session, address, parent, links);
                    model.put("item", Content.asMap(item, address.language()));
                    model.put("linkedFrom", LinkedFrom.of(session, definitions, item, address.language()));
                    model.put("components", List.of());
                    List<Map<String, Object>> crumbs = new ArrayList<>(breadcrumb(parent, address.language(), links));
                    crumbs.add(Map.of("title", Content.title(item, address.language()), "url", links.to(address)));
                    model.put("breadcrumb", crumbs);
                    model.put("title", Content.title(item, address.language()));
                    model.put("description", Content.text(item, "summary", address.language())
                            .or(() -> textOrEmpty(item, "headline", address.language())).orElse(null));
                    return ok(templateName(lists.itemTemplate(list).orElse("article")), model);
                }
            }
        }
        return notFound(session, address.language(), links);
    }

    private RenderedPage notFound(Session session, String language, SiteLinks links)
            throws RepositoryException, IOException, TemplateException {
        SiteAddress front = new SiteAddress(language, "");
        Node root = session.nodeExists(SiteAddress.SITE_ROOT) ? session.getNode(SiteAddress.SITE_ROOT) : null;
        Map<String, Object> model = root != null ? baseModel(session, front, root, links) : new HashMap<>();
        model.put("title", texts(language).getOrDefault("notFound.title", "404"));
        model.put("breadcrumb", List.of());
        model.put("alternateUrl", links.to(front.otherLanguage(), ""));
        return render(404, "pages/notfound.ftl", model);
    }

    private Map<String, Object> baseModel(Session session, SiteAddress address, Node page, SiteLinks links)
            throws RepositoryException {
        String language = address.language();
        Map<String, Object> model = new HashMap<>();
        model.put("lang", language);
        model.put("otherLang", address.otherLanguage());
        model.put("texts", texts(language));
        model.put("url", links.to(address));
        model.put("alternateUrl", links.to(address.otherLanguage(), address.pagePath()));
        model.put("homeUrl", links.to(language, ""));
        model.put("contactUrl", links.to(language, "kontakt"));
        model.put("accessibilityUrl", links.to(language, "tilgaengelighed"));
        model.put("searchUrl", links.to(language, SEARCH_PAGE));
        model.put("css", links.resource(MODULE, "css/site.css"));
        Node root = session.getNode(SiteAddress.SITE_ROOT);
        model.put("siteTitle", Content.title(root, language));
        model.put("navigation", navigation(root, address, links));
        model.put("breadcrumb", breadcrumb(page, language, links));
        Map<String, Object> content = Content.asMap(page, language);
        model.put("page", content);
        model.put("title", content.get("title"));
        model.put("description", content.get("description"));
        model.put("components", components(links).of(page, language));
        return model;
    }

    private static List<Map<String, Object>> navigation(Node root, SiteAddress address, SiteLinks links)
            throws RepositoryException {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (NodeIterator pages = root.getNodes(); pages.hasNext(); ) {
            Node page = pages.nextNode();
            if (!Content.isPublished(page) || !Content.isOfType(page, "page") || Content.flag(page, "hideInNavigation")) {
                continue;
            }
            String pagePath = page.getName();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", Content.text(page, "navigationTitle", address.language())
                    .orElse(Content.title(page, address.language())));
            entry.put("url", links.to(address.language(), pagePath));
            entry.put("current", address.pagePath().equals(pagePath) || address.pagePath().startsWith(pagePath + "/"));
            entries.add(entry);
        }
        return entries;
    }

    private static List<Map<String, Object>> breadcrumb(Node page, String language, SiteLinks links)
            throws RepositoryException {
        List<Map<String, Object>> crumbs = new ArrayList<>();
        Node node = page;
        while (node.getPath().startsWith(SiteAddress.SITE_ROOT)) {
            String pagePath = node.getPath().substring(SiteAddress.SITE_ROOT.length()).replaceFirst("^/", "");
            crumbs.add(0, Map.of("title", Content.text(node, "navigationTitle", language)
                    .orElse(Content.title(node, language)), "url", links.to(language, pagePath)));
            if (node.getPath().equals(SiteAddress.SITE_ROOT)) {
                break;
            }
            node = node.getParent();
        }
        return crumbs;
    }

    private static List<Map<String, Object>> items(Session session, String tree, SiteAddress address, SiteLinks links)
            throws RepositoryException {
        List<Map<String, Object>> items = new ArrayList<>();
        if (!session.nodeExists(tree)) {
            return items;
        }
        for (NodeIterator nodes = session.getNode(tree).getNodes(); nodes.hasNext(); ) {
            Node item = nodes.nextNode();
            if (Content.isPublished(item)) {
                Map<String, Object> map = Content.asMap(item, address.language());
                map.put("url", links.to(address.language(), address.pagePath() + "/" + item.getName()));
                items.add(map);
            }
        }
        return items;
    }


    private static Optional<String> textOrEmpty(Node node, String name, String language) {
        try {
            return Content.text(node, name, language);
        } catch (RepositoryException e) {
            return Optional.empty();
        }
    }


    private static String templateName(String template) {
        return "pages/" + (template.matches("[a-z][a-z-]{1,30}") ? template : "article") + ".ftl";
    }

    private RenderedPage ok(String template, Map<String, Object> model) throws IOException, TemplateException {
        return render(200, template, model);
    }

    private RenderedPage render(int status, String template, Map<String, Object> model)
            throws IOException, TemplateException {
        Configuration templates = templates();
        String name = templateExists(template) ? template : "pages/article.ftl";
        StringWriter html = new StringWriter();
        freemarker.core.Environment environment = templates.getTemplate(name).createProcessingEnvironment(model, html);
        // numbers as the page's language writes them ("7,5" on a Danish page)
        environment.setLocale(Formats.locale(Languages.locale(String.valueOf(model.getOrDefault("lang", Languages.DEFAULT)))));
        environment.process();
        String text = html.toString();
        return new RenderedPage(status, text, status == 200 ? etag(text) : null, System.currentTimeMillis());
    }

    private Configuration templates() throws IOException {
        if (freemarker == null) {
            synchronized (this) {
                if (freemarker == null) {
                    Configuration created = new Configuration(Configuration.VERSION_2_3_34);
                    created.setTemplateLoader(new LightModuleTemplates(definitions, MODULE));
                    created.setLocalizedLookup(false);
                    created.setDefaultEncoding("UTF-8");
                    created.setOutputFormat(HTMLOutputFormat.INSTANCE);
                    created.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
                    created.setLogTemplateExceptions(false);
                    created.setTemplateUpdateDelayMilliseconds(1_000);
                    freemarker = created;
                }
            }
        }
        return freemarker;
    }

    private Components components(SiteLinks links) {
        return new Components(definitions, assets, links, this::templateExists);
    }

    private boolean templateExists(String template) {
        try {
            return templates().getTemplateLoader().findTemplateSource(template) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The site's interface texts in a language, from the light module's i18n bundle. */
    Map<String, String> texts(String language) {
        Properties texts = new Properties();
        Optional<Path> bundle = definitions.file(MODULE, "i18n/site_" + language + ".properties");
        if (bundle.isPresent()) {
            try (Reader reader = Files.newBufferedReader(bundle.get(), StandardCharsets.UTF_8)) {
                texts.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("The site's texts in {} cannot be read", bundle, e);
            }
        }
        Map<String, String> map = new HashMap<>();
        texts.stringPropertyNames().forEach(name -> map.put(name, texts.getProperty(name)));
        return map;
    }

    private static String etag(String html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
