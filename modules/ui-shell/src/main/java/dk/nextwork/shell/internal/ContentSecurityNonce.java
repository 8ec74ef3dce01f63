package dk.nextwork.shell.internal;

import java.security.SecureRandom;
import java.util.Base64;

import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

import dk.nextwork.platform.http.SecurityHeaders;

/**
 * The application's bootstrap page admits only its own inline scripts: each answer gets a new
 * nonce on every script Vaadin put in the page, and a policy naming it (which replaces the
 * platform's general policy for the application). Scripts injected into the page later have no
 * nonce and do not run.
 */
final class ContentSecurityNonce implements IndexHtmlRequestListener {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        response.getDocument().getElementsByTag("script").attr("nonce", nonce);
        response.getVaadinResponse().setHeader(SecurityHeaders.CONTENT_SECURITY_POLICY,
                SecurityHeaders.applicationPolicy("'nonce-" + nonce + "'"));
    }
}
