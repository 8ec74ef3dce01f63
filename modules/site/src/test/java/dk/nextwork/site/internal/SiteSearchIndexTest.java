package dk.nextwork.site.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.query.Query;
import javax.jcr.query.RowIterator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.platform.testing.DemoRepository;
import dk.nextwork.platform.testing.RunningPlatform;

/**
 * The site's full-text index holds the site's text only: a word saved with a partner page is found
 * within seconds, the same kind of word in a record about a young person, saved in the same save,
 * never is (the index is what answers, so nothing is read from outside it).
 */
@ExtendWith(DemoRepository.Parameter.class)
class SiteSearchIndexTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    @Test
    void onlyTheSitesTreesAreInTheFullTextIndex() {
        PortalRepository repository = running.platform().repository();
        repository.withServiceSession(session -> {
            Node partner = session.getNode("/partners").addNode("indekstest", "nt:unstructured");
            partner.setProperty("description", "Vi laver kvarkbrombær hver dag");
            partner.setProperty("published", true);
            Node record = session.getRootNode().addNode("indekstest", "nt:unstructured"); // as the programme's records lie
            record.setProperty("interests", "Hun kan godt lide kvarksolbær");
            record.setProperty("published", true);
            session.save();
            return null;
        });
        await("the background index lane has the partner").atMost(Duration.ofSeconds(30))
                .until(() -> found("kvarkbrombær"), paths -> paths.equals(List.of("/partners/indekstest")));
        assertEquals(List.of(), found("kvarksolbær"), "a record outside the site's trees is not in the index");
        assertTrue(plan("EXPLAIN " + SiteSearch.QUERY.replace("$q", "'kvark'")).contains("lucene:" + SiteVersionHandler.SEARCH_INDEX),
                "the site's search is answered by the index");
    }

    @Test
    void theIndexIsNeverPickedForAQueryOutsideTheSitesTrees() {
        // even when asked for by name, it offers no plan there (Oak would pick it when it looks cheapest, and find nothing)
        String plan = plan("EXPLAIN SELECT * FROM [nt:unstructured] AS p WHERE ISCHILDNODE(p, '/program/placements')"
                + " AND p.[company] = 'surdejshjoernet' OPTION (INDEX NAME [" + SiteVersionHandler.SEARCH_INDEX + "])");
        assertTrue(!plan.contains("lucene"), plan);
    }

    private static List<String> indexPaths(Platform platform, String property) {
        return platform.repository().withServiceSession(session -> {
            List<String> paths = new ArrayList<>();
            for (javax.jcr.Value path : session.getNode("/oak:index/" + SiteVersionHandler.SEARCH_INDEX).getProperty(property)
                    .getValues()) {
                paths.add(path.getString());
            }
            return paths;
        });
    }

    private String plan(String explain) {
        return running.platform().repository().withServiceSession(session -> session.getWorkspace().getQueryManager()
                .createQuery(explain, Query.JCR_SQL2).execute().getRows().nextRow().getValue("plan").getString());
    }

    @Test
    void theUpdateTo130LeavesTheIndexWithTheSitesTreesOnly(@TempDir Path home, DemoRepository demo) throws Exception {
        demo.copyInto(home);
        try (Platform platform = RunningPlatform.startOn(home, getClass().getClassLoader())) {
            platform.repository().withServiceSession(session -> {
                Node index = session.getNode("/oak:index/" + SiteVersionHandler.SEARCH_INDEX);
                index.getProperty("includedPaths").remove();
                index.getProperty("queryPaths").remove();
                session.getNode("/system/modules/site").setProperty("version", "1.2.0"); // as 1.2.0 indexed: everything
                session.save();
                return null;
            });
        }
        try (Platform updated = RunningPlatform.startOn(home, getClass().getClassLoader())) {
            assertEquals(List.of(SiteVersionHandler.SEARCHED_TREES), indexPaths(updated, "includedPaths"));
            assertEquals(List.of(SiteVersionHandler.SEARCHED_TREES), indexPaths(updated, "queryPaths"),
                    "and answers queries there only");
        }
    }


    private List<String> found(String word) {
        return running.platform().repository().withServiceSession(session -> {
            Query query = session.getWorkspace().getQueryManager().createQuery(SiteSearch.QUERY, Query.JCR_SQL2);
            query.bindValue("q", session.getValueFactory().createValue(word));
            List<String> paths = new ArrayList<>();
            for (RowIterator rows = query.execute().getRows(); rows.hasNext(); ) {
                paths.add(rows.nextRow().getPath());
            }
            return paths;
        });
    }
}
