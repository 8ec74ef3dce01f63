package dk.nextwork.webapp.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public site over HTTP: pages, 304, 404, sitemap, robots.txt and the light module's stylesheet. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicSiteTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive portal() {
        return HealthEndpointsTest.portal();
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString() + path.substring(1)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theFrontPageIsDanishAndTheEnglishOneUnderEn() throws Exception {
        HttpResponse<String> danish = get("/");
        assertEquals(200, danish.statusCode());
        assertTrue(danish.headers().firstValue("Content-Type").orElse("").toLowerCase().matches("text/html; ?charset=utf-8"));
        assertTrue(danish.body().startsWith("<!DOCTYPE html>\n<html lang=\"da\">"), danish.body());
        assertTrue(get("/en/").body().contains("<html lang=\"en\">"));
    }

    @Test
    void aPageAnswers304ToItsOwnEtag() throws Exception {
        HttpResponse<String> page = get("/samarbejdspartnere");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertTrue(page.headers().firstValue("Last-Modified").isPresent());
        assertEquals(304, get("/samarbejdspartnere", "If-None-Match", etag).statusCode());
        assertEquals(200, get("/samarbejdspartnere", "If-None-Match", "\"other\"").statusCode());
    }

    @Test
    void unknownAddressesGetTheFriendly404AndUnknownApiPathsJson() throws Exception {
        HttpResponse<String> missing = get("/en/nowhere");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"));
        HttpResponse<String> api = get("/api/nowhere");
        assertEquals(404, api.statusCode());
        assertEquals("{\"error\":\"not found\"}", api.body());
    }

    @Test
    void sitemapAndRobots() throws Exception {
        String sitemap = get("/sitemap.xml").body();
        assertTrue(sitemap.contains("/en/samarbejdspartnere/surdejshjoernet</loc>"), sitemap);
        assertTrue(sitemap.contains("hreflang=\"da\""), sitemap);
        assertTrue(!sitemap.contains("grenvej-cykler"), "unpublished");
        assertTrue(get("/robots.txt").body().contains("Sitemap: "));
    }

    /** A request with any Host header it likes, which java.net.http will not send. */
    private String withHost(String path, String host) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET " + base.getPath() + path.substring(1) + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSitemapAndRobotsNameTheConfiguredAddressWhateverTheRequestSays() throws Exception {
        for (String path : java.util.List.of("/sitemap.xml", "/robots.txt")) {
            String answer = withHost(path, "evil.example");
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertTrue(!answer.contains("evil.example"), "a forged Host never reaches a cacheable answer: " + answer);
            assertTrue(answer.contains(PortalContextProcessor.PUBLIC_URL + "/"), answer);
        }
    }

    @Test
    void theStylesheetComesFromTheLightModule() throws Exception {
        HttpResponse<String> css = get("/.resources/nextwork-site/webresources/css/site.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertEquals(404, get("/.resources/nextwork-site/contentTypes/partner.yaml").statusCode(), "definitions stay private");
    }
}
