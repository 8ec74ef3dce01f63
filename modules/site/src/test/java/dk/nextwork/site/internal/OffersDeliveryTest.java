package dk.nextwork.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.nextwork.platform.content.ContentService;
import dk.nextwork.platform.delivery.internal.DeliveryResponse;
import dk.nextwork.platform.delivery.internal.DeliveryService;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.platform.testing.RunningPlatform;

/**
 * The {@code offers} delivery endpoint of the {@code nextwork-matching} light module, answered as
 * {@code GET /.rest/delivery/offers/} answers (the platform's {@code DeliveryServiceTest} way: the
 * service behind the resource): published offers only, the company inline, filtered by company.
 */
class OffersDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private Platform platform;
    private DeliveryService delivery;

    @BeforeEach
    void start() throws Exception {
        platform = running.platform();
        delivery = new DeliveryService(platform.definitions(), platform.repository(), platform.publicChanges());
        PartnerOffersTest.createOffersTree(platform);
        ContentService content = new ContentService(platform.definitions(), platform.repository());
        content.save("offer", "surdej-morgenbager", PartnerOffersTest.offer("/partners/surdejshjoernet", "Morgenbager",
                "Morning baker", "2027-01-04T00:00:00Z", 2), true);
        content.save("offer", "surdej-kager", PartnerOffersTest.offer("/partners/surdejshjoernet", "Kagebager",
                "Cake baker", "2027-02-01T00:00:00Z", 1), false);
        content.save("offer", "midtvejs-lager", PartnerOffersTest.offer("/partners/midtvejs-lager", "Lagerhjælper",
                "Warehouse helper", "2027-01-11T00:00:00Z", 3), true);
    }

    private JsonNode list(String query) throws Exception {
        DeliveryResponse answer = delivery.list("offers", query);
        assertEquals(200, answer.status(), answer.text());
        return JSON.readTree(answer.text());
    }

    private static List<String> names(JsonNode answer) {
        List<String> names = new ArrayList<>();
        answer.get("results").forEach(item -> names.add(item.get("@name").asText()));
        return names;
    }

    @Test
    void listsThePublishedOffersWithTheCompanyInline() throws Exception {
        JsonNode answer = list(null);
        assertEquals(List.of("midtvejs-lager", "surdej-morgenbager"), names(answer));
        JsonNode baker = answer.get("results").get(1);
        assertEquals("Morgenbager", baker.get("title").asText());
        assertEquals("Surdejshjørnet", baker.get("company").get("name").asText(), baker.toString());
        assertEquals("Morning baker", list("lang=en").get("results").get(1).get("title").asText());
    }

    @Test
    void filtersByCompany() throws Exception {
        assertEquals(List.of("surdej-morgenbager"), names(list("company=/partners/surdejshjoernet")));
        assertEquals(List.of("midtvejs-lager"), names(list("company=/partners/midtvejs-lager")));
        assertEquals(List.of(), names(list("company=/partners/fjordbyens-vaerksted")));
    }
}
