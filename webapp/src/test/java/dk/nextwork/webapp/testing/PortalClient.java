package dk.nextwork.webapp.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An HTTP client of a running portal with its own cookies, which can sign in as a demo account
 * (POST /api/session) and then sends the session's CSRF token with every request.
 */
public final class PortalClient {

    /** Demo accounts (README): e-mail and password per role. */
    public static final String ADMIN = "admin@nextwork.example";
    public static final String ADMIN_PASSWORD = "demo-drift-2026";

    private final String base;
    private final HttpClient http;
    private String csrfToken = "";

    public PortalClient(String base) {
        this.base = base.replaceAll("/$", "");
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static PortalClient signedInAsAdmin(String base) throws Exception {
        PortalClient client = new PortalClient(base);
        HttpResponse<String> response = client.signIn(ADMIN, ADMIN_PASSWORD);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Signing in as the demo administrator failed: " + response.statusCode()
                    + " " + response.body());
        }
        return client;
    }

    /** Signs in; on success remembers the session and its CSRF token. */
    public HttpResponse<String> signIn(String email, String password) throws Exception {
        String body = new ObjectMapper().createObjectNode().put("email", email).put("password", password).toString();
        HttpResponse<String> response = send("POST", "/api/session", body);
        if (response.statusCode() == 200) {
            JsonNode json = new ObjectMapper().readTree(response.body());
            csrfToken = json.get("csrfToken").asText();
        }
        return response;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null);
    }

    public HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("X-CSRF-Token", csrfToken)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request with this client's session cookie but without its CSRF token, as a forged request would be. */
    public HttpResponse<String> sendWithSession(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A request with an explicit header set, e.g. a bearer token, without this client's CSRF token. */
    public HttpResponse<String> sendWith(String method, String path, String header, String value) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header(header, value).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
