package dk.nextwork.webapp.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The delivery API over HTTP, against the bootstrap content (six published partners, one not yet). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeliveryApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static WebArchive portal() {
        return HealthEndpointsTest.portal();
    }

    @ArquillianResource
    URL base;

    HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString() + pathAndQuery.substring(1)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the request line exactly as written: no client-side checking, escaping or normalising. */
    int rawStatus(String pathAndQuery) throws Exception {
        String target = base.getPath().replaceAll("/$", "") + pathAndQuery;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    JsonNode json(String pathAndQuery) throws Exception {
        HttpResponse<String> response = get(pathAndQuery);
        assertEquals(200, response.statusCode(), pathAndQuery + " -> " + response.body());
        return JSON.readTree(response.body());
    }

    List<String> names(String pathAndQuery) throws Exception {
        List<String> names = new ArrayList<>();
        json(pathAndQuery).get("results").forEach(item -> names.add(item.get("@name").asText()));
        return names;
    }

    @Test
    void listsOnlyPublishedItemsInPathOrder() throws Exception {
        assertEquals(List.of("fjordbyens-vaerksted", "hyldebaer-supermarked", "midtvejs-lager",
                "planteskolen-laerkereden", "stempel-og-skrue", "surdejshjoernet"), names("/.rest/delivery/partners/"));
    }

    @Test
    void anUnpublishedItemIsHiddenEvenByName() throws Exception {
        HttpResponse<String> response = get("/.rest/delivery/partners/grenvej-cykler");
        assertEquals(404, response.statusCode());
        assertEquals(List.of(), names("/.rest/delivery/partners/?name=Grenvej%20Cykler"));
    }

    @Test
    void filterOperators() throws Exception {
        assertEquals(List.of("surdejshjoernet"), names("/.rest/delivery/partners/?name=Surdejshj%C3%B8rnet"));
        assertEquals(5, names("/.rest/delivery/partners/?location[ne]=Himmelev").size());
        assertEquals(List.of("fjordbyens-vaerksted", "stempel-og-skrue"), names("/.rest/delivery/partners/?employees[lt]=12"));
        assertEquals(List.of("fjordbyens-vaerksted", "stempel-og-skrue", "surdejshjoernet"),
                names("/.rest/delivery/partners/?employees[lte]=12"));
        assertEquals(List.of("hyldebaer-supermarked", "midtvejs-lager"), names("/.rest/delivery/partners/?employees[gt]=14"));
        assertEquals(List.of("hyldebaer-supermarked", "midtvejs-lager", "planteskolen-laerkereden"),
                names("/.rest/delivery/partners/?employees[gte]=14"));
        assertEquals(List.of("planteskolen-laerkereden"), names("/.rest/delivery/partners/?name[like]=L%C3%A6RKE"));
        assertEquals(List.of("midtvejs-lager", "stempel-og-skrue"),
                names("/.rest/delivery/partners/?location[in]=Roskilde%7CViby%20Sj%C3%A6lland"));
        assertEquals(6, names("/.rest/delivery/partners/?contactPerson[null]=false").size());
        assertEquals(List.of(), names("/.rest/delivery/partners/?contactPerson[null]=true"));
        assertEquals(List.of("hyldebaer-supermarked"), names("/.rest/delivery/partners/?placementCapacity=4"));
        assertEquals(List.of("surdejshjoernet"), names("/.rest/delivery/partners/?tags=bageri"));
        assertEquals(List.of("surdejshjoernet"), names("/.rest/delivery/partners/?industry=Bakery%20and%20caf%C3%A9&lang=en"));
        assertFalse(names("/.rest/delivery/partners/?memberSince[gt]=2000-01-01T00:00:00Z").isEmpty());
        assertEquals(List.of(), names("/.rest/delivery/partners/?memberSince[gt]=2100-01-01T00:00:00Z"));
        assertEquals(List.of("surdejshjoernet"), names("/.rest/delivery/partners/?q=bageri"));
        assertEquals(List.of("surdejshjoernet"), names("/.rest/delivery/partners/?q=Bakery&lang=en"));
    }

    @Test
    void pagingEdges() throws Exception {
        JsonNode first = json("/.rest/delivery/partners/?limit=2");
        assertEquals(2, first.get("results").size());
        assertTrue(first.get("more").asBoolean());
        JsonNode last = json("/.rest/delivery/partners/?offset=4&limit=2");
        assertEquals(List.of("stempel-og-skrue", "surdejshjoernet"), names("/.rest/delivery/partners/?offset=4&limit=2"));
        assertFalse(last.get("more").asBoolean());
        assertEquals(List.of("surdejshjoernet"), names("/.rest/delivery/partners/?offset=5&limit=100"));
        assertEquals(List.of(), names("/.rest/delivery/partners/?offset=6"));
        assertEquals(List.of(), names("/.rest/delivery/partners/?offset=100000"));
        assertEquals(1, json("/.rest/delivery/partners/?limit=1").get("results").size());
        assertEquals(20, json("/.rest/delivery/partners/").get("limit").asInt(), "the endpoint's default limit");
        assertEquals(400, get("/.rest/delivery/partners/?limit=101").statusCode(), "above the endpoint's cap");
        assertEquals(400, get("/.rest/delivery/partners/?limit=0").statusCode());
    }

    @Test
    void ordering() throws Exception {
        assertEquals(List.of("hyldebaer-supermarked", "midtvejs-lager", "planteskolen-laerkereden"),
                names("/.rest/delivery/partners/?orderBy=employees%20desc&limit=3"));
        assertEquals(List.of("fjordbyens-vaerksted", "stempel-og-skrue"),
                names("/.rest/delivery/partners/?orderBy=employees&limit=2"));
        assertEquals(List.of("fjordbyens-vaerksted", "hyldebaer-supermarked"),
                names("/.rest/delivery/partners/?orderBy=name%20asc&limit=2"));
        assertEquals("surdejshjoernet", names("/.rest/delivery/partners/?orderBy=name%20DESC").get(0));
    }

    @Test
    void languagesAndFallbackToDanish() throws Exception {
        assertEquals("Bageri og café", json("/.rest/delivery/partners/surdejshjoernet").get("industry").asText());
        assertEquals("Bakery and café", json("/.rest/delivery/partners/surdejshjoernet?lang=en").get("industry").asText());
        JsonNode contact = json("/.rest/delivery/pages/nextwork/kontakt?lang=en");
        JsonNode contactDa = json("/.rest/delivery/pages/nextwork/kontakt");
        assertEquals(contactDa.get("body").asText(), contact.get("body").asText(), "no English body: Danish is served");
        assertTrue(contact.get("title").asText().length() > 0);
    }

    @Test
    void aPageComesWithItsPublishedChildrenToTheConfiguredDepth() throws Exception {
        JsonNode front = json("/.rest/delivery/pages/nextwork");
        assertEquals("home", front.get("template").asText());
        assertTrue(front.get("@nodes").size() >= 11);
        assertEquals("de-unge", front.get("@nodes").get(0).get("@name").asText());
    }

    @Test
    void aPagesComponentsAreAmongItsChildren() throws Exception {
        JsonNode traits = json("/.rest/delivery/pages/nextwork/udviklingsparametre?lang=en").get("@nodes");
        assertEquals(9, traits.size());
        assertEquals("trait", traits.get(0).get("@type").asText());
        assertEquals("Initiative", traits.get(0).get("name").asText());
        assertEquals("dimension", traits.get(8).get("kind").asText());
        JsonNode front = json("/.rest/delivery/pages/nextwork").get("@nodes");
        boolean callToAction = false;
        for (JsonNode child : front) {
            callToAction |= child.get("@type").asText().equals("call-to-action")
                    && child.get("link").asText().equals("/website/nextwork/kontakt");
        }
        assertTrue(callToAction, front.toString());
        for (JsonNode item : json("/.rest/delivery/pages/?limit=100").get("results")) {
            assertEquals("page", item.get("@type").asText(), "the list holds pages, not their components");
        }
    }

    @Test
    void configuredReferencesAreResolvedInline() throws Exception {
        JsonNode liv = json("/.rest/delivery/profiles/liv?lang=en");
        JsonNode partners = liv.get("relatedPartners");
        assertEquals(2, partners.size());
        assertEquals("/partners/planteskolen-laerkereden", partners.get(0).get("@path").asText());
        assertNotNull(partners.get(0).get("industry"));
        assertEquals("Plant nursery", partners.get(0).get("industry").asText().substring(0, 13));
    }

    @Test
    void etagAndNotModified() throws Exception {
        HttpResponse<String> first = get("/.rest/delivery/partners/?limit=3");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElseThrow());
        HttpResponse<String> again = get("/.rest/delivery/partners/?limit=3", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(200, get("/.rest/delivery/partners/?limit=3", "If-None-Match", "\"something-else\"").statusCode());
        HttpResponse<String> other = get("/.rest/delivery/partners/?limit=4", "If-None-Match", etag);
        assertEquals(200, other.statusCode(), "another answer has another tag");
    }

    @Test
    void unknownEndpointIsA404WithJson() throws Exception {
        HttpResponse<String> response = get("/.rest/delivery/people/");
        assertEquals(404, response.statusCode());
        assertEquals(Map.of("error", "no delivery endpoint 'people'"), JSON.readValue(response.body(), Map.class));
    }

    @Test
    void aBadParameterIsA400NamingIt() throws Exception {
        HttpResponse<String> response = get("/.rest/delivery/partners/?employees[gt]=many");
        assertEquals(400, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("employees[gt]", body.get("parameter").asText());
        assertEquals("employees[gt]: 'many' is not a valid long", body.get("error").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/.rest/delivery/partners/..%2F..%2Fsystem",
        "/.rest/delivery/partners/%2e%2e/%2e%2e/system/modules",
        "/.rest/delivery/partners/%2Fsystem%2Fmodules",
        "/.rest/delivery/partners/jcr:system",
        "/.rest/delivery/partners/a%00b",
        "/.rest/delivery/..%2F..%2Fsystem/",
        "/.rest/delivery/partners/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v",
        "/.rest/delivery/partners/?name%5D%20OR%20%5Bjcr%3Apath%5D=x",
        "/.rest/delivery/partners/?orderBy=name;DROP",
        "/.rest/delivery/partners/?orderBy=%5Bjcr%3Apath%5D",
        "/.rest/delivery/partners/?published=false",
        "/.rest/delivery/partners/?limit=99999999999",
        "/.rest/delivery/partners/?limit=1000",
        "/.rest/delivery/partners/?offset=-1",
        "/.rest/delivery/partners/?offset=1e9",
        "/.rest/delivery/partners/?name=%FF%FE",
        "/.rest/delivery/partners/?name=%G1",
        "/.rest/delivery/partners/?name=a%00b",
        "/.rest/delivery/partners/?lang=fr",
        "/.rest/delivery/partners/?lang=..%2F..%2F",
        "/.rest/delivery/partners/?employees[regex]=.*",
        "/.rest/delivery/partners/?employees[gt]=1e400",
        "/.rest/delivery/partners/?memberSince[gt]=yesterday",
        "/.rest/delivery/partners/?q=%29%28%22",
        "/.rest/delivery/partners/?name[null]=maybe",
        "/.rest/delivery/partners/?limit=1&limit=2",
        "/.rest/delivery/partners/?name[in]=1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20|21",
        "/.rest/delivery/partners/?employees[like]=1",
        "/.rest/delivery/partners/surdejshjoernet?limit=5",
    })
    void hostileInputGetsA4xxAndNeverA500(String pathAndQuery) throws Exception {
        int status = rawStatus(pathAndQuery);
        assertTrue(status >= 400 && status < 500, pathAndQuery + " answered " + status);
    }

    @Test
    void tenThousandCharacterValuesAreRefused() throws Exception {
        String huge = "a".repeat(10_000);
        for (String query : List.of("?name=" + huge, "?q=" + huge, "?name[like]=" + huge, "?" + huge + "=x")) {
            int status = rawStatus("/.rest/delivery/partners/" + query);
            assertTrue(status >= 400 && status < 500, query.substring(0, 12) + "… answered " + status);
        }
    }

    @Test
    void theOpenApiDescriptionListsTheEndpoints() throws Exception {
        JsonNode openapi = json("/.rest/openapi.json");
        assertEquals("3.0.3", openapi.get("openapi").asText());
        for (String endpoint : List.of("pages", "partners", "profiles")) {
            assertNotNull(openapi.get("paths").get("/.rest/delivery/" + endpoint + "/"), endpoint);
        }
        assertNotNull(openapi.get("components").get("schemas").get("partner").get("properties").get("employees"));
    }
}
