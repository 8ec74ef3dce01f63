package dk.nextwork.site.internal;

import java.nio.charset.StandardCharsets;

/** A rendered page: status, HTML, entity tag and when it was rendered (for Last-Modified). */
public record RenderedPage(int status, String html, String etag, long renderedAt) {

    public byte[] bytes() {
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
