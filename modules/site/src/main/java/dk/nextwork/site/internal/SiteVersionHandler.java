package dk.nextwork.site.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;

import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.Tasks;
import dk.nextwork.platform.module.UpdateStep;
import dk.nextwork.platform.module.VersionHandler;

/**
 * Imports the site's bootstrap content on first start (later starts leave edited content alone)
 * and sets up the full-text index the site's search uses. The trees it goes into are declared
 * in the module's {@code module.yaml}.
 */
public final class SiteVersionHandler implements VersionHandler {

    /** The Lucene index over the text of pages, partners and personas. */
    static final String SEARCH_INDEX = "siteSearch";

    /**
     * The trees whose text the index holds, and the only ones it answers queries in: the site's
     * own. Without them it held the text of every node (weekly reports, concerns, audit entries
     * about young people) and indexed every save in the background, whose commits then held up the
     * portal's own saves. Answering only there matters as much: Oak can plan a property query on
     * this index, and one that holds few nodes looks cheap, so it would be picked, and find nothing,
     * for the programme's queries.
     */
    static final String[] SEARCHED_TREES = {"/website", "/partners", "/profiles"};

    private static final Task SEARCH_INDEX_TASK = Task.of("index the site's text for search", context -> {
        Node indexes = context.session().getNode("/oak:index");
        if (indexes.hasNode(SEARCH_INDEX)) {
            return;
        }
        Node index = indexes.addNode(SEARCH_INDEX, "oak:QueryIndexDefinition");
        index.setProperty("type", "lucene");
        index.setProperty("async", new String[] {"async"});
        index.setProperty("compatVersion", 2L);
        index.setProperty("evaluatePathRestrictions", true);
        index.setProperty("includedPaths", SEARCHED_TREES);
        index.setProperty("queryPaths", SEARCHED_TREES);
        Node properties = index.addNode("indexRules", "nt:unstructured").addNode("nt:unstructured", "nt:unstructured")
                .addNode("properties", "nt:unstructured");
        Node text = properties.addNode("text", "nt:unstructured");
        text.setProperty("name", "^[^:]+$");
        text.setProperty("isRegexp", true);
        text.setProperty("nodeScopeIndex", true);
        text.setProperty("analyzed", true);
        text.setProperty("useInExcerpt", true);
        Node published = properties.addNode("published", "nt:unstructured");
        published.setProperty("name", "published");
        published.setProperty("propertyIndex", true);
        index.setProperty("reindex", true);
    });

    private static final Task SEARCH_ONLY_THE_SITE = Task.of("index only the site's trees for search", context -> {
        Node index = context.session().getNode("/oak:index/" + SEARCH_INDEX);
        index.setProperty("includedPaths", SEARCHED_TREES);
        index.setProperty("queryPaths", SEARCHED_TREES);
        index.setProperty("reindex", true);
    });

    /** The files of content/components/ and the pages (below the site root) they belong to. */
    private static final Map<String, String> COMPONENTS = orderedMap(
            "forside.yaml", "",
            "de-unge.yaml", "de-unge",
            "indsatsen.yaml", "indsatsen",
            "virksomhederne.yaml", "virksomhederne",
            "udviklingsparametre.yaml", "udviklingsparametre",
            "monitorering.yaml", "monitorering",
            "tilgaengelighed.yaml", "tilgaengelighed");

    /** Places each page's components; a page that editors removed gets none. */
    private static final Task COMPONENTS_TASK = Task.of("add the components of the site's pages", context -> {
        for (Map.Entry<String, String> file : COMPONENTS.entrySet()) {
            String page = SiteAddress.SITE_ROOT + (file.getValue().isEmpty() ? "" : "/" + file.getValue());
            if (context.session().nodeExists(page)) {
                context.importBootstrap("nextwork/content/components/" + file.getKey(), page);
            }
        }
    });

    @Override
    public List<Task> installTasks() {
        return List.of(
                importContent("website.yaml", "/website"),
                COMPONENTS_TASK,
                importContent("partners.yaml", "/partners"),
                importContent("profiles.yaml", "/profiles"),
                SEARCH_INDEX_TASK);
    }

    @Override
    public List<UpdateStep> updateSteps() {
        return List.of(UpdateStep.to("1.1.0", SEARCH_INDEX_TASK), UpdateStep.to("1.2.0", COMPONENTS_TASK),
                UpdateStep.to("1.3.0", SEARCH_ONLY_THE_SITE));
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static Task importContent(String file, String tree) {
        return Tasks.bootstrap("nextwork/content/" + file, tree);
    }
}
