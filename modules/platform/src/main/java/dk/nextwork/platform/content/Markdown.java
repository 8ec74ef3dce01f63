package dk.nextwork.platform.content;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown as HTML, the one way the portal shows formatted text: raw HTML is escaped and unsafe
 * link targets are dropped. Editors' pages get all of it ({@link #toHtml}); what people write to
 * each other a small part ({@link #shortHtml}).
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    /** Lists and quotes only: "# " and indented lines stay text as typed. */
    private static final Parser SHORT = Parser.builder().enabledBlockTypes(Set.of(ListBlock.class, BlockQuote.class)).build();
    private static final HtmlRenderer SHORT_HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .softbreak("<br>").nodeRendererFactory(MentionRenderer::new).build();
    private static final Pattern SHORT_LINK = Pattern.compile("(https?:|mailto:)", Pattern.CASE_INSENSITIVE);
    /** What is left after rendering is checked again by the rich-text sanitiser: emphasis, links, lists, quotes, breaks. */
    private static final PolicyFactory SHORT_POLICY = Sanitizers.FORMATTING.and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("p", "br", "ul", "ol", "li", "blockquote", "strong")
                    .allowAttributes("class").matching(Pattern.compile("mention")).onElements("strong").toFactory());

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

    /**
     * A message's short Markdown as safe HTML: *emphasis*, **strong**, `code`, links (http,
     * https, mailto), lists, quotes, and line breaks as typed. No headings, images or HTML: an
     * image shows its text, anything else shows as typed.
     */
    public static String shortHtml(String text) {
        return shortHtml(text, null);
    }

    /**
     * As {@link #shortHtml(String)}, with each match of {@code mentions} in the text (not in code
     * or a link's text) marked as a mention: {@code <strong class="mention">}.
     */
    public static String shortHtml(String text, Pattern mentions) {
        if (text == null || text.isBlank()) {
            return "";
        }
        Node document = SHORT.parse(text);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                unwrap(image);
            }

            @Override
            public void visit(Link link) {
                // a link's text stays the link's; a link anywhere but the web or mail is only its text
                if (!SHORT_LINK.matcher(link.getDestination().strip()).lookingAt()) {
                    unwrap(link);
                }
            }

            @Override
            public void visit(Text literal) {
                if (mentions != null) {
                    mark(literal, mentions);
                }
            }
        });
        return SHORT_POLICY.sanitize(SHORT_HTML.render(document));
    }

    /** Puts the node's children in its place. */
    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    /** Splits the text around each mention, the mention in a node of its own. */
    private static void mark(Text literal, Pattern mentions) {
        String value = literal.getLiteral();
        Matcher found = mentions.matcher(value);
        int from = 0;
        while (found.find()) {
            if (found.start() > from) {
                literal.insertBefore(new Text(value.substring(from, found.start())));
            }
            literal.insertBefore(new Mention(found.group()));
            from = found.end();
        }
        if (from > 0) {
            if (from < value.length()) {
                literal.insertBefore(new Text(value.substring(from)));
            }
            literal.unlink();
        }
    }

    /** A mention of a person, as written. */
    private static final class Mention extends CustomNode {

        private final String written;

        Mention(String written) {
            this.written = written;
        }
    }

    /** Draws a mention as strong text of its own class. */
    private static final class MentionRenderer implements NodeRenderer {

        private final HtmlWriter html;

        MentionRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Mention.class);
        }

        @Override
        public void render(Node node) {
            html.tag("strong", Map.of("class", "mention"));
            html.text(((Mention) node).written);
            html.tag("/strong");
        }
    }
}
