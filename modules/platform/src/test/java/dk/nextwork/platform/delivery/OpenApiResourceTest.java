package dk.nextwork.platform.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.platform.testing.RunningPlatform;

/** The OpenAPI description names the product as declared; the platform's tests declare none. */
class OpenApiResourceTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    @Test
    void theApiIsDescribedAsThePortalsWithoutADeclaredProductName() {
        OpenApiResource resource = new OpenApiResource();
        resource.definitions = running.platform().definitions();
        Map<?, ?> info = (Map<?, ?>) resource.describe().get("info");
        assertEquals("portal delivery API", info.get("title"));
        assertEquals("Published content of the portal site as JSON.", info.get("description"));
    }
}
