package dk.nextwork.site.internal;

import dk.nextwork.platform.i18n.Languages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import javax.jcr.query.Row;
import javax.jcr.query.RowIterator;

/**
 * Full-text search over the published pages, partners and personas, through the site's Oak
 * Lucene index: every word must occur; results come with a plain-text snippet.
 */
final class SiteSearch {

    static final int MAX_RESULTS = 30;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{1,40}");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");

    /**
     * Published text in the site's trees, best match first. The trees are named because the index
     * answers queries within them only ({@code queryPaths}): elsewhere Oak might otherwise pick it
     * for a property query, where it knows nothing.
     */
    static final String QUERY = "SELECT [jcr:path], [rep:excerpt] FROM [nt:unstructured] AS n WHERE CONTAINS(n.*, $q) "
            + "AND n.[published] = true AND (" + java.util.Arrays.stream(SiteVersionHandler.SEARCHED_TREES)
                    .map(tree -> "ISDESCENDANTNODE(n, '" + tree + "')").collect(java.util.stream.Collectors.joining(" OR "))
            + ") ORDER BY [jcr:score] DESC";

    private SiteSearch() {
    }

    /** The words of a query, at most eight, lower-cased; empty when there is nothing to search for. */
    static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        if (query != null) {
            Matcher word = WORD.matcher(query);
            while (word.find() && words.size() < 8) {
                words.add(word.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** Each hit: title, url and snippet, in the page's language. */
    static List<Map<String, Object>> find(Session session, SiteLists lists, List<String> words, String language,
                                          java.util.function.BiFunction<String, String, String> links)
            throws RepositoryException {
        List<Map<String, Object>> hits = new ArrayList<>();
        if (words.isEmpty()) {
            return hits;
        }
        Query query = session.getWorkspace().getQueryManager().createQuery(QUERY, Query.JCR_SQL2);
        query.bindValue("q", session.getValueFactory().createValue(String.join(" ", words)));
        query.setLimit(MAX_RESULTS * 3L);
        Map<String, String> listPages = listPages(session, lists);
        for (RowIterator rows = query.execute().getRows(); rows.hasNext() && hits.size() < MAX_RESULTS; ) {
            Row row = rows.nextRow();
            Node node = row.getNode();
            String pagePath = pagePathOf(node, listPages);
            if (pagePath == null) {
                continue;
            }
            Map<String, Object> hit = new LinkedHashMap<>();
            hit.put("title", title(node, language));
            hit.put("url", links.apply(language, pagePath));
            String excerpt = row.getValue("rep:excerpt") == null ? "" : row.getValue("rep:excerpt").getString();
            hit.put("snippet", TAGS.matcher(excerpt).replaceAll("").replace("&amp;", "&").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").trim());
            hits.add(hit);
        }
        return hits;
    }

    /**
     * The site address of a searchable node, or null when the site does not show it: a page, a
     * component (its page, at the component's anchor), or an item of a listed tree.
     */
    private static String pagePathOf(Node node, Map<String, String> listPages) throws RepositoryException {
        Session session = node.getSession();
        String path = node.getPath();
        if (path.equals(SiteAddress.SITE_ROOT) || path.startsWith(SiteAddress.SITE_ROOT + "/")) {
            if (Content.isOfType(node, "page")) {
                return Content.sitePagePath(session, path).orElse(null);
            }
            String name = node.getName();
            return Content.sitePagePath(session, node.getParent().getPath()).map(page -> page + "#" + name).orElse(null);
        }
        String tree = path.substring(0, path.lastIndexOf('/'));
        String listPage = listPages.get(tree);
        return listPage == null ? null : listPage + "/" + node.getName();
    }

    /** A component's hit is named after its page, and after itself when it has a name of its own. */
    private static String title(Node node, String language) throws RepositoryException {
        String title = Content.title(node, language);
        if (!node.getPath().startsWith(SiteAddress.SITE_ROOT) || Content.isOfType(node, "page")) {
            return title;
        }
        String pageTitle = Content.title(node.getParent(), language);
        return title.equals(node.getName()) ? pageTitle : title + " – " + pageTitle;
    }

    /** Which page lists which tree: /partners under the page with the partners template, and so on. */
    private static Map<String, String> listPages(Session session, SiteLists lists) throws RepositoryException {
        Map<String, String> pages = new LinkedHashMap<>();
        if (!session.nodeExists(SiteAddress.SITE_ROOT)) {
            return pages;
        }
        for (NodeIterator children = session.getNode(SiteAddress.SITE_ROOT).getNodes(); children.hasNext(); ) {
            Node page = children.nextNode();
            String template = Content.text(page, "template", Languages.DEFAULT).orElse("");
            String tree = lists.tree(template).orElse(null);
            if (tree != null && Content.isPublished(page) && Content.isOfType(page, "page")) {
                pages.put(tree, page.getName());
            }
        }
        return pages;
    }
}
