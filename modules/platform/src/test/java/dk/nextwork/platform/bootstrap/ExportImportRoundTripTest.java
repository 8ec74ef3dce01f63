package dk.nextwork.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javax.jcr.Node;
import javax.jcr.PropertyType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.platform.repository.internal.OakRepository;

class ExportImportRoundTripTest {

    private static final String PARTNERS = """
            partners:
              jcr:primaryType: nt:unstructured
              fjordbyens-vaerksted:
                jcr:primaryType: nt:unstructured
                contentType: partner
                published: true
                name: Fjordbyens Værksted ApS
                employees: 14
                rating: 4.5
                zip: '4000'
                answer: 'true'
                memberSince: !date '2025-03-01T00:00:00Z'
                tags: [træ, 'håndværk', "quote's"]
                empty: []
                placement: |
                  ## En dag i værkstedet

                  Du møder kl. 8 og arbejder sammen med *Jens*: "mål to gange, sav én gang".
                notes:
                  jcr:primaryType: nt:unstructured
                  text: 'Line one: with a colon # and a hash'
            """;

    @TempDir
    Path folder;

    @Test
    void anExportImportedIntoAnEmptyRepositoryExportsToTheSameText() throws Exception {
        String firstExport;
        try (OakRepository original = OakRepository.openSegmentStore(folder.resolve("a"))) {
            firstExport = original.withServiceSession(session -> {
                BootstrapImporter.importText(session, PARTNERS, "partners.yaml", "/");
                session.save();
                return ContentExporter.export(session.getNode("/partners"));
            });
        }
        try (OakRepository copy = OakRepository.openSegmentStore(folder.resolve("b"))) {
            String secondExport = copy.withServiceSession(session -> {
                BootstrapImporter.importText(session, firstExport, "export.yaml", "/");
                session.save();
                Node partner = session.getNode("/partners/fjordbyens-vaerksted");
                assertEquals(PropertyType.LONG, partner.getProperty("employees").getType());
                assertEquals(PropertyType.DOUBLE, partner.getProperty("rating").getType());
                assertEquals(PropertyType.BOOLEAN, partner.getProperty("published").getType());
                assertEquals(PropertyType.DATE, partner.getProperty("memberSince").getType());
                assertEquals(PropertyType.STRING, partner.getProperty("zip").getType());
                assertEquals("true", partner.getProperty("answer").getString());
                assertEquals(3, partner.getProperty("tags").getValues().length);
                assertTrue(partner.getProperty("empty").isMultiple());
                assertEquals("Line one: with a colon # and a hash", partner.getNode("notes").getProperty("text").getString());
                assertTrue(partner.getProperty("placement").getString().contains("\"mål to gange, sav én gang\""));
                return ContentExporter.export(session.getNode("/partners"));
            });
            assertEquals(firstExport, secondExport);
            assertTrue(firstExport.contains("memberSince: !date '2025-03-01T00:00:00Z'"), firstExport);
            assertTrue(firstExport.contains("placement: |"), firstExport);
        }
    }

    @Test
    void importingTwiceNeitherDuplicatesNorOverwritesEditedContent() throws Exception {
        try (OakRepository repository = OakRepository.openSegmentStore(folder.resolve("c"))) {
            repository.withServiceSession(session -> {
                BootstrapImporter.importText(session, PARTNERS, "partners.yaml", "/");
                session.save();
                session.getNode("/partners/fjordbyens-vaerksted").setProperty("name", "Edited by an editor");
                session.save();
                BootstrapImporter.importText(session, PARTNERS, "partners.yaml", "/");
                session.save();
                assertEquals("Edited by an editor",
                        session.getNode("/partners/fjordbyens-vaerksted").getProperty("name").getString());
                assertEquals(1, session.getNode("/partners").getNodes().getSize());
                return null;
            });
        }
    }
}
