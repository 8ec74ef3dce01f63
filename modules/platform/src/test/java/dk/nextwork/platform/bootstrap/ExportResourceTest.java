package dk.nextwork.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;

import dk.nextwork.platform.testing.RunningPlatform;

/** The exportable trees are the ones the started modules declare so (here the platform's and the test module's). */
class ExportResourceTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private final ExportResource export = new ExportResource();

    @BeforeEach
    void wire() throws Exception {
        export.repository = running.platform().repository();
        export.modules = running.platform();
        running.platform().repository().withServiceSession(session -> {
            session.getNode("/partners").addNode("cafe-havnen", "nt:unstructured").setProperty("name", "Café Havnen");
            session.getNode("/program").addNode("youth", "nt:unstructured");
            session.save();
            return null;
        });
    }

    @Test
    void anExportableTreeOrANodeInItIsExported() throws Exception {
        assertTrue(export.export("partners/cafe-havnen").contains("name: Café Havnen"), export.export("partners/cafe-havnen"));
        assertTrue(export.export("config").startsWith("config:"), export.export("config"));
        assertThrows(NotFoundException.class, () -> export.export("partners/nobody"));
    }

    @Test
    void anyOtherTreeIsRefusedNamingTheExportableOnes() {
        for (String path : new String[] {"program/youth", "system/modules", "reports", "partners/../system", "oak:index"}) {
            BadRequestException refused = assertThrows(BadRequestException.class, () -> export.export(path), path);
            assertEquals("only content trees can be exported: config, website, partners, profiles, dam",
                    refused.getMessage());
        }
    }
}
