package dk.nextwork.platform.content;

import java.util.Locale;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text is stored safe to show. Markdown may not carry raw HTML or script links (refused with
 * a message, since silently dropping text would surprise its author); HTML is cleaned down to
 * formatting, blocks, lists, tables, links and images.
 */
final class RichText {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final PolicyFactory HTML = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("hr", "br").toFactory());

    private RichText() {
    }

    /** The problem with a Markdown text, or null when it is fine. */
    static String markdownProblem(String markdown) {
        String[] problem = {null};
        MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                problem[0] = "contains HTML; use Markdown formatting instead";
            }

            @Override
            public void visit(HtmlInline html) {
                problem[0] = "contains HTML; use Markdown formatting instead";
            }

            @Override
            public void visit(Link link) {
                check(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                check(image.getDestination());
            }

            private void check(String destination) {
                String target = destination.trim().toLowerCase(Locale.ROOT);
                boolean safe = target.startsWith("https://") || target.startsWith("http://")
                        || target.startsWith("mailto:") || target.startsWith("/") || target.startsWith("#");
                if (!safe) {
                    problem[0] = "links must start with https://, http://, mailto:, / or #";
                }
            }
        });
        return problem[0];
    }

    static String cleanHtml(String html) {
        return HTML.sanitize(html);
    }
}
