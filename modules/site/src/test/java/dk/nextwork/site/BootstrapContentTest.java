package dk.nextwork.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.query.Query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.content.ContentValidationException;
import dk.nextwork.platform.content.ContentValidator;
import dk.nextwork.platform.lightmodule.internal.LightModuleRegistry;
import dk.nextwork.platform.repository.JcrValues;
import dk.nextwork.platform.runtime.Platform;

/** The bootstrap content in content/ as the site module imports it on first start. */
class BootstrapContentTest {

    private static final Set<String> METADATA = Set.of("jcr:primaryType", ContentType.TYPE_PROPERTY, "published",
            "publishedAt", "created", "modified");

    @TempDir
    Path home;

    private Platform start() throws Exception {
        return Platform.start(PortalConfiguration.load(Map.of("NEXTWORK_HOME", home.toString()), home),
                getClass().getClassLoader());
    }

    @Test
    void firstStartImportsPagesPersonasAndPartnersAndARestartChangesNothing() throws Exception {
        try (Platform platform = start()) {
            platform.repository().withServiceSession(session -> {
                assertEquals(7, session.getNode("/partners").getNodes().getSize(), "six partners and one still joining");
                assertEquals(3, session.getNode("/profiles").getNodes().getSize());
                Node front = session.getNode("/website/nextwork");
                assertEquals("home", front.getProperty("template").getString());
                assertTrue(front.getNodes().getSize() >= 11, "the programme pages");
                assertEquals(PropertyType.DATE,
                        session.getNode("/partners/fjordbyens-vaerksted/").getProperty("memberSince").getType());
                session.getNode("/partners/fjordbyens-vaerksted").setProperty("name", "Redigeret");
                session.save();
                return null;
            });
        }
        try (Platform again = start()) {
            String name = again.repository().withServiceSession(
                    session -> session.getNode("/partners/fjordbyens-vaerksted").getProperty("name").getString());
            assertEquals("Redigeret", name);
        }
    }

    @Test
    void theUpdateTo120AddsThePagesComponentsAndKeepsWhatEditorsChanged() throws Exception {
        try (Platform platform = start()) {
            platform.repository().withServiceSession(session -> {
                // as an installation of 1.1.0 was: no components yet, except one an editor made
                session.getNode("/website/nextwork/udviklingsparametre/initiativ").remove();
                session.getNode("/website/nextwork/netvaerk").remove();
                session.getNode("/website/nextwork/udviklingsparametre/vedholdenhed").setProperty("name", "Udholdenhed");
                session.getNode("/website/nextwork/monitorering").remove();
                session.getNode("/system/modules/site").setProperty("version", "1.1.0");
                session.save();
                return null;
            });
        }
        try (Platform updated = start()) {
            updated.repository().withServiceSession(session -> {
                assertEquals("1.3.0", session.getNode("/system/modules/site").getProperty("version").getString());
                assertEquals("Initiativ",
                        session.getNode("/website/nextwork/udviklingsparametre/initiativ").getProperty("name").getString());
                assertTrue(session.nodeExists("/website/nextwork/netvaerk"));
                assertEquals("Udholdenhed",
                        session.getNode("/website/nextwork/udviklingsparametre/vedholdenhed").getProperty("name").getString());
                assertTrue(!session.nodeExists("/website/nextwork/monitorering"), "a removed page stays removed");
                return null;
            });
        }
    }

    @Test
    void contentIsFoundByTypeThroughTheIndex() throws Exception {
        try (Platform platform = start()) {
            String plan = platform.repository().withServiceSession(session -> {
                assertTrue(session.nodeExists("/oak:index/contentType"), "the platform's index of content types");
                Query query = session.getWorkspace().getQueryManager().createQuery(
                        "explain select * from [nt:unstructured] where [contentType] = 'partner'", Query.JCR_SQL2);
                return query.execute().getRows().nextRow().getValue("plan").getString();
            });
            // Oak weighs indexes by approximate counts, which on a repository this small may make the
            // node-type index look as cheap as the content-type index; either way nothing is traversed
            assertTrue(plan.contains("/oak:index/contentType") || plan.contains("/* nodeType"), plan);
            assertFalse(plan.contains("traverse"), plan);
        }
    }

    @Test
    void everyBootstrapItemIsValidForItsContentType() throws Exception {
        LightModuleRegistry definitions = LightModuleRegistry.watching(Path.of("../../light-modules"));
        definitions.close();
        assertEquals(List.of(), definitions.problems());
        List<String> problems = new ArrayList<>();
        try (Platform platform = start()) {
            platform.repository().withServiceSession(session -> {
                for (String tree : List.of("/website", "/partners", "/profiles")) {
                    check(session.getNode(tree), definitions, problems);
                }
                return null;
            });
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    private static void check(Node node, LightModuleRegistry definitions, List<String> problems)
            throws RepositoryException {
        if (node.hasProperty(ContentType.TYPE_PROPERTY)) {
            String typeName = node.getProperty(ContentType.TYPE_PROPERTY).getString();
            ContentType type = definitions.contentType(typeName).orElse(null);
            if (type == null) {
                problems.add(node.getPath() + ": unknown content type " + typeName);
            } else {
                try {
                    ContentValidator.validate(type, values(node));
                } catch (ContentValidationException e) {
                    problems.add(node.getPath() + ": " + e.errors());
                }
                for (String link : linksOf(node, type)) {
                    if (!node.getSession().nodeExists(link)) {
                        problems.add(node.getPath() + ": links to missing " + link);
                    }
                }
            }
        }
        for (NodeIterator children = node.getNodes(); children.hasNext(); ) {
            check(children.nextNode(), definitions, problems);
        }
    }

    private static List<String> linksOf(Node node, ContentType type) throws RepositoryException {
        List<String> links = new ArrayList<>();
        for (var property : type.properties()) {
            if (property.type() == dk.nextwork.platform.content.PropertyType.LINK && node.hasProperty(property.name())) {
                Property stored = node.getProperty(property.name());
                for (Value value : stored.isMultiple() ? stored.getValues() : new Value[] {stored.getValue()}) {
                    links.add(value.getString());
                }
            }
        }
        return links;
    }

    private static Map<String, Object> values(Node node) throws RepositoryException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            if (METADATA.contains(property.getName())) {
                continue;
            }
            if (property.isMultiple()) {
                List<Object> list = new ArrayList<>();
                for (Value value : property.getValues()) {
                    list.add(plain(value));
                }
                values.put(property.getName(), list);
            } else {
                values.put(property.getName(), plain(property.getValue()));
            }
        }
        return values;
    }

    private static Object plain(Value value) throws RepositoryException {
        return JcrValues.toJava(value);
    }
}
