package dk.nextwork.site.internal;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Editors' Markdown as HTML: raw HTML is escaped and unsafe link targets are dropped. */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {
    }

    /**
     * As HTML whose headings start at {@code topLevel}: text shown under the page's h1 (or deeper
     * in a section) keeps a correct heading outline whatever levels the editor typed.
     */
    public static String toHtml(String markdown, int topLevel) {
        if (markdown == null) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        int[] highest = {7};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                highest[0] = Math.min(highest[0], heading.getLevel());
            }
        });
        int shift = Math.max(0, topLevel - highest[0]);
        if (shift > 0) {
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Heading heading) {
                    heading.setLevel(Math.min(6, heading.getLevel() + shift));
                }
            });
        }
        return HTML.render(document);
    }
}
