package dk.nextwork.platform.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.PathNotFoundException;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.platform.bootstrap.BootstrapImporter;
import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.repository.SessionWork;
import dk.nextwork.platform.repository.internal.OakRepository;

class TasksTest {

    @TempDir
    Path store;

    private OakRepository repository;

    @BeforeEach
    void open() throws Exception {
        repository = OakRepository.openSegmentStore(store);
    }

    @AfterEach
    void close() {
        repository.close();
    }

    /** Runs the task and saves, as the module system does with a version step; the task's failure is thrown as is. */
    private void run(Task task) throws Exception {
        try {
            repository.withServiceSession(session -> {
                try {
                    task.execute(new Context(session));
                } catch (Exception e) {
                    throw new TaskFailed(e);
                }
                session.save();
                return null;
            });
        } catch (TaskFailed e) {
            throw (Exception) e.getCause();
        }
    }

    private static final class TaskFailed extends RuntimeException {
        TaskFailed(Exception cause) {
            super(cause);
        }
    }

    /** Reads (or changes and saves) the repository outside any task. */
    private <T> T read(SessionWork<T> work) throws Exception {
        return repository.withServiceSession(work);
    }

    @Test
    void aPropertyIndexIsCreatedOnceWithItsDefinition() throws Exception {
        Task index = Tasks.propertyIndex("placementCompany", "company", "/program/placements");
        run(index);

        Map<String, String> definition = read(session -> definition(session.getNode("/oak:index/placementCompany")));
        assertEquals(Map.of(
                "jcr:primaryType", "Name oak:QueryIndexDefinition",
                "type", "String property",
                "propertyNames", "Name [company]",
                "includedPaths", "String [/program/placements]",
                "reindex", "Boolean false", // Oak built the index on save and says so
                "reindexCount", "Long 1"), definition);

        // a later run (an update step with the same task) leaves the index as it is, even when changed by hand
        read(session -> {
            session.getNode("/oak:index/placementCompany").setProperty("note", "tuned by an operator");
            session.save();
            return null;
        });
        run(index);
        Map<String, String> again = read(session -> definition(session.getNode("/oak:index/placementCompany")));
        assertEquals("String tuned by an operator", again.get("note"));
        assertEquals("Long 1", again.get("reindexCount"), "not built again");
    }

    @Test
    void aPropertyIndexOverTheWholeRepositoryOnSeveralPropertiesFindsNodesByAnyOfThem() throws Exception {
        run(Tasks.propertyIndex("assetReferences", List.of("image", "image_en")));

        Map<String, String> definition = read(session -> definition(session.getNode("/oak:index/assetReferences")));
        assertEquals("Name [image, image_en]", definition.get("propertyNames"));
        assertFalse(definition.containsKey("includedPaths"));

        read(session -> {
            session.getRootNode().addNode("page").setProperty("image_en", "/dam/photo");
            session.save();
            return null;
        });
        List<String> plan = read(session -> {
            var query = session.getWorkspace().getQueryManager().createQuery(
                    "explain SELECT * FROM [nt:base] WHERE [image_en] = '/dam/photo'", "JCR-SQL2");
            List<String> rows = new ArrayList<>();
            for (var it = query.execute().getRows(); it.hasNext(); ) {
                rows.add(it.nextRow().getValue("plan").getString());
            }
            return rows;
        });
        assertTrue(plan.get(0).contains("/* property assetReferences"), plan.toString());
    }

    @Test
    void treesAreCreatedWhereMissingInOrderAndExistingOnesAreLeftAsTheyAre() throws Exception {
        read(session -> {
            Node system = session.getRootNode().addNode("system", "nt:unstructured");
            system.addNode("tokens", "nt:unstructured").addNode("a-token", "nt:unstructured");
            session.save();
            return null;
        });

        run(Tasks.trees("/system/accounts", "/system/tokens", "/system/audit"));

        assertEquals(List.of("tokens", "accounts", "audit"), read(session -> children(session.getNode("/system"))));
        assertEquals("nt:unstructured", read(session -> session.getNode("/system/audit").getPrimaryNodeType().getName()));
        assertTrue(this.<Boolean>read(session -> session.nodeExists("/system/tokens/a-token")), "an existing tree keeps its content");
    }

    @Test
    void aTreeWhoseParentIsMissingIsRefusedRatherThanCreatingTheParent() {
        assertThrows(PathNotFoundException.class, () -> run(Tasks.trees("/nowhere/accounts")));
        assertThrows(IllegalArgumentException.class, () -> run(Tasks.trees("system//accounts")));
    }

    @Test
    void largeFoldersAreCreatedUnorderedAndExistingOnesBecomeUnordered() throws Exception {
        read(session -> {
            session.getRootNode().addNode("placements", "nt:unstructured").addNode("p1", "nt:unstructured");
            session.save();
            return null;
        });

        run(Tasks.largeFolders("/placements", "/conversations"));

        assertEquals("oak:Unstructured", read(session -> session.getNode("/placements").getPrimaryNodeType().getName()));
        assertEquals("oak:Unstructured", read(session -> session.getNode("/conversations").getPrimaryNodeType().getName()));
        assertTrue(this.<Boolean>read(session -> session.nodeExists("/placements/p1")));
    }

    @Test
    void bootstrapContentIsImportedOnceAndNeverOverwritesAnEdit() throws Exception {
        read(session -> {
            session.getRootNode().addNode("partners", "nt:unstructured");
            session.save();
            return null;
        });
        Task bootstrap = Tasks.bootstrap("dk/nextwork/platform/module/partners.yaml", "/partners");
        run(bootstrap);
        assertEquals("Café Havnen", read(session -> session.getNode("/partners/cafe-havnen").getProperty("name").getString()));

        read(session -> {
            session.getNode("/partners/cafe-havnen").setProperty("name", "Café Havnen ApS");
            session.save();
            return null;
        });
        run(bootstrap);
        assertEquals("Café Havnen ApS", read(session -> session.getNode("/partners/cafe-havnen").getProperty("name").getString()));
    }

    private static Map<String, String> definition(Node index) throws RepositoryException {
        Map<String, String> properties = new java.util.TreeMap<>();
        for (var it = index.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            String type = PropertyType.nameFromValue(property.getType());
            if (property.isMultiple()) {
                List<String> values = new ArrayList<>();
                for (Value value : property.getValues()) {
                    values.add(value.getString());
                }
                properties.put(property.getName(), type + " " + values);
            } else {
                properties.put(property.getName(), type + " " + property.getString());
            }
        }
        return properties;
    }

    private static List<String> children(Node node) throws RepositoryException {
        List<String> names = new ArrayList<>();
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            names.add(it.nextNode().getName());
        }
        return names;
    }

    /** What the module system gives a task, over one session. */
    private record Context(Session session) implements InstallContext {

        @Override
        public ModuleDescriptor module() {
            return new ModuleDescriptor("test", Version.parse("1.0.0"), "", List.of(), Optional.empty(), "test");
        }

        @Override
        public PortalConfiguration configuration() {
            return PortalConfiguration.load(Map.of(), Path.of("."));
        }

        @Override
        public java.time.Clock clock() {
            return java.time.Clock.systemUTC();
        }

        @Override
        public void importBootstrap(String resource, String parentPath) throws RepositoryException {
            BootstrapImporter.importResource(session, TasksTest.class.getClassLoader(), resource, parentPath);
        }
    }
}
