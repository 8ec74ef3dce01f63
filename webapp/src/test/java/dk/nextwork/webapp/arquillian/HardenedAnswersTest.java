package dk.nextwork.webapp.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a hostile client or a curious one meets: security headers on every answer, the portal's
 * own error answers (JSON under the API, a page in the visitor's language elsewhere) and never the
 * container's, and the documented 400 for every kind of bad JSON body.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardenedAnswersTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive portal() {
        return HealthEndpointsTest.portal();
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> send(String method, String path, String json, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path.substring(1)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, Map.of());
    }

    private HttpResponse<String> postJson(String path, String json) throws Exception {
        return send("POST", path, json, Map.of("Content-Type", "application/json"));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/en/kontakt", "/no-such-page", "/.rest/delivery/partners/", "/.rest/delivery/nope/",
                "/.resources/nextwork-site/webresources/css/site.css", "/.resources/nextwork-site/webresources/nope.css",
                "/health/ready", "/api/me", "/sitemap.xml", "/app/", "/VAADIN/build/missing.js")) {
            HttpResponse<String> answer = get(path);
            assertEquals("nosniff", header(answer, "X-Content-Type-Options"), path);
            assertEquals("strict-origin-when-cross-origin", header(answer, "Referrer-Policy"), path);
            String policy = header(answer, "Content-Security-Policy");
            assertTrue(policy.contains("frame-ancestors 'self'"), path + ": " + policy);
            assertTrue(policy.startsWith("default-src 'self'"), path + ": " + policy);
            assertEquals("", header(answer, "Strict-Transport-Security"), "plain HTTP: " + path);
        }
        String site = header(get("/"), "Content-Security-Policy");
        assertTrue(!site.contains("unsafe") && !site.contains("script-src"), "the public site runs no script: " + site);
        assertEquals(401, send("GET", "/api/me", null, Map.of("Authorization", "Bearer not-a-token")).statusCode());
        assertEquals("nosniff", header(send("GET", "/api/me", null, Map.of("Authorization", "Bearer x")),
                "X-Content-Type-Options"), "also on a refusal of the authentication filter");
    }

    @Test
    void theApplicationsPageAdmitsOnlyItsOwnInlineScriptsByNonce() throws Exception {
        HttpResponse<String> first = get("/app/");
        String policy = header(first, "Content-Security-Policy");
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(policy);
        assertTrue(nonce.find(), policy);
        assertEquals(1, first.headers().allValues("Content-Security-Policy").size(), "one policy, not two");
        assertTrue(first.body().contains("nonce=\"" + nonce.group(1) + "\""), "its scripts carry the nonce");
        assertTrue(!first.body().contains("<script>") && !first.body().matches("(?s).*<script(?![^>]*nonce)[^>]*>.*"),
                "no script without it");
        assertTrue(!header(get("/app/"), "Content-Security-Policy").contains(nonce.group(1)), "a new nonce each time");
    }

    @Test
    void errorsAreThePortalsOwnNeverTheContainers() throws Exception {
        HttpResponse<String> page = get("/.resources/nextwork-site/webresources/nope.css");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("<html lang=\"da\">") && page.body().contains("Siden findes ikke"), page.body());
        HttpResponse<String> english = send("GET", "/.resources/nope/webresources/x.css", null,
                Map.of("Accept-Language", "en-GB,en;q=0.9"));
        assertTrue(english.body().contains("<html lang=\"en\">") && english.body().contains("Page not found"), english.body());
        HttpResponse<String> api = send("DELETE", "/api/me", null, Map.of());
        assertEquals(405, api.statusCode());
        assertEquals("application/json", header(api, "Content-Type"));
        assertEquals("{\"error\":\"method not allowed\"}", api.body());
        HttpResponse<String> direct = get("/.nextwork/error");
        assertEquals(404, direct.statusCode(), "the error page opened directly is a page that does not exist");
        for (HttpResponse<String> answer : List.of(page, english, api, direct, get("/api/nothing"), get("/.rest/nothing"))) {
            // (the Server header of this test container is not the portal's: the process tests prove the launcher's)
            String text = answer.body() + answer.headers().firstValue("Content-Type").orElse("");
            for (String leak : List.of("Jetty", "Powered by", "jakarta.", "javax.", "org.glassfish", "Exception", "at dk.")) {
                assertTrue(!text.contains(leak), leak + " in " + text);
            }
        }
    }

    @Test
    void everyKindOfBadJsonGetsTheDocumented400() throws Exception {
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put("{\"email\": \"a@b.dk\", \"password\": ", "the request body is not valid JSON in UTF-8");
        bodies.put("{\"email\": [\"a@b.dk\"], \"password\": \"x\"}", "field 'email' has the wrong type or value");
        bodies.put("{\"email\": {\"a\": 1}, \"password\": \"x\"}", "field 'email' has the wrong type or value");
        bodies.put("{\"email\": 5, \"password\": \"x\"}", "field 'email' has the wrong type or value");
        bodies.put("{\"email\": \"a@b.dk\", \"password\": \"x\", \"admin\": true}", "unknown field 'admin'");
        bodies.put("[1, 2]", "the request body is not the JSON object this address takes");
        bodies.put("{\"email\": " + "[".repeat(200) + "]".repeat(200) + "}", "field 'email' has the wrong type or value");
        bodies.put("{\"email\": \"a@b.dk\"} trailing", "the request body is not valid JSON in UTF-8");
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            HttpResponse<String> answer = postJson("/api/session", body.getKey());
            assertEquals(400, answer.statusCode(), body.getKey() + ": " + answer.body());
            assertEquals("application/json", header(answer, "Content-Type"), body.getKey());
            assertEquals("{\"error\":\"" + body.getValue() + "\"}", answer.body(), body.getKey());
        }
        HttpResponse<String> badUtf8 = HTTP.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', 'e', 'm', 'a', 'i', 'l', '"', ':', '"',
                        (byte) 0xff, (byte) 0xfe, '"', '}'})).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, badUtf8.statusCode(), badUtf8.body());
        assertEquals("{\"error\":\"the request body is not valid JSON in UTF-8\"}", badUtf8.body());
    }

    @Test
    void aRequestBodyHasASizeLimit() throws Exception {
        String huge = "{\"email\": \"" + "a".repeat(2 << 20) + "\", \"password\": \"x\"}";
        // a declared length over the limit is refused before anything is read: the request says 2 MiB and sends
        // none of it (an HTTP client sending it all would race the server's close of the unread body)
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + base.getPath() + "api/session HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (2 << 20) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            StringBuilder answer = new StringBuilder();
            byte[] chunk = new byte[4096];
            for (int read; !answer.toString().contains("}") && (read = socket.getInputStream().read(chunk)) > 0; ) {
                answer.append(new String(chunk, 0, read, StandardCharsets.UTF_8));
            }
            String declared = answer.toString();
            assertTrue(declared.startsWith("HTTP/1.1 413"), declared);
            assertTrue(declared.contains("{\"error\":\"the request body is too large\"}"), declared);
        }
        HttpResponse<String> streamed = HTTP.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        huge.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, streamed.statusCode(), "without a declared length too: " + streamed.body());
    }
}
