package dk.nextwork.site.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Editors' Markdown as HTML: raw HTML is escaped and unsafe link targets are dropped. */
final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {
    }

    static String toHtml(String markdown) {
        return markdown == null ? "" : HTML.render(PARSER.parse(markdown));
    }
}
