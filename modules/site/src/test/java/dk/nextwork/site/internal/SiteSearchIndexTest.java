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
        String plan = repository.withServiceSession(session -> session.getWorkspace().getQueryManager()
                .createQuery("EXPLAIN " + SEARCH, Query.JCR_SQL2).execute().getRows().nextRow().getValue("plan").getString());
        assertTrue(plan.contains("/oak:index/" + SiteVersionHandler.SEARCH_INDEX), plan);
    }

    @Test
    void theUpdateTo130LeavesTheIndexWithTheSitesTreesOnly(@TempDir Path home, DemoRepository demo) throws Exception {
        demo.copyInto(home);
        try (Platform platform = RunningPlatform.startOn(home, getClass().getClassLoader())) {
            platform.repository().withServiceSession(session -> {
                session.getNode("/oak:index/" + SiteVersionHandler.SEARCH_INDEX).getProperty("includedPaths").remove();
                session.getNode("/system/modules/site").setProperty("version", "1.2.0"); // as 1.2.0 indexed: everything
                session.save();
                return null;
            });
        }
        try (Platform updated = RunningPlatform.startOn(home, getClass().getClassLoader())) {
            List<String> included = updated.repository().withServiceSession(session -> {
                List<String> paths = new ArrayList<>();
                for (javax.jcr.Value path : session.getNode("/oak:index/" + SiteVersionHandler.SEARCH_INDEX)
                        .getProperty("includedPaths").getValues()) {
                    paths.add(path.getString());
                }
                return paths;
            });
            assertEquals(List.of(SiteVersionHandler.SEARCHED_TREES), included);
        }
    }

    private static final String SEARCH = "SELECT [jcr:path] FROM [nt:unstructured] AS n WHERE CONTAINS(n.*, 'ord')"
            + " AND n.[published] = true";

    private List<String> found(String word) {
        return running.platform().repository().withServiceSession(session -> {
            Query query = session.getWorkspace().getQueryManager().createQuery(SEARCH.replace("'ord'", "$q"), Query.JCR_SQL2);
            query.bindValue("q", session.getValueFactory().createValue(word));
            List<String> paths = new ArrayList<>();
            for (RowIterator rows = query.execute().getRows(); rows.hasNext(); ) {
                paths.add(rows.nextRow().getPath());
            }
            return paths;
        });
    }
}
