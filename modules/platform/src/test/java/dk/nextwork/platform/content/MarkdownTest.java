package dk.nextwork.platform.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void headingsStartAtTheLevelWhereTheTextIsShown() {
        assertEquals("<h3>Arbejdstider</h3>\n<h4>Om sommeren</h4>\n",
                Markdown.toHtml("## Arbejdstider\n### Om sommeren", 3));
        assertEquals("<h2>Titel</h2>\n<p>Tekst</p>\n", Markdown.toHtml("# Titel\n\nTekst", 2));
    }

    @Test
    void deeperHeadingsAreLeftAsTheyAreAndNoneGoesBeyondH6() {
        assertEquals("<h4>Detaljer</h4>\n", Markdown.toHtml("#### Detaljer", 2));
        assertEquals("<h6>A</h6>\n<h6>B</h6>\n", Markdown.toHtml("#### A\n###### B", 6));
    }

    @Test
    void rawHtmlIsEscapedAndScriptLinksDropped() {
        assertEquals("<p>&lt;script&gt;x&lt;/script&gt;</p>\n<p><a rel=\"nofollow\" href=\"\">klik</a></p>\n",
                Markdown.toHtml("<script>x</script>\n\n[klik](javascript:void)", 2));
    }

    @Test
    void aMessagesShortMarkdownKeepsEmphasisLinksListsAndBreaks() {
        assertEquals("<p><strong>Godt</strong> gået, <em>Noah</em><br />ses <code>tirsdag</code></p>",
                Markdown.shortHtml("**Godt** gået, *Noah*\nses `tirsdag`").strip());
        assertEquals("<ul><li>kage</li><li>saft</li></ul>", Markdown.shortHtml("- kage\n- saft").replace("\n", ""));
        assertEquals("<p><a href=\"https://roskilde.dk\" rel=\"nofollow\">Roskilde</a></p>",
                Markdown.shortHtml("[Roskilde](https://roskilde.dk)").strip());
    }

    @Test
    void aMessageHasNoHeadingsImagesHtmlOrScriptLinks() {
        assertEquals("<p># Overskrift</p>", Markdown.shortHtml("# Overskrift").strip(), "shown as typed");
        assertEquals("<p>et billede</p>", Markdown.shortHtml("![et billede](https://x.example/a.png)").strip(),
                "an image shows its text");
        String attempt = Markdown.shortHtml("<script>alert(1)</script> <img src=x onerror=alert(2)> [klik](javascript:alert(3))");
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src&#61;x onerror&#61;alert(2)&gt; klik</p>", attempt.strip());
        assertEquals("", Markdown.shortHtml("  "));
    }

    @Test
    void aMentionIsMarkedInTheTextButNotInCodeOrALinksText() {
        java.util.regex.Pattern noah = java.util.regex.Pattern.compile("@Noah");
        assertEquals("<p>Hej <strong class=\"mention\">&#64;Noah</strong>! <code>&#64;Noah</code> "
                + "<a href=\"https://x.example\" rel=\"nofollow\">&#64;Noah</a></p>",
                Markdown.shortHtml("Hej @Noah! `@Noah` [@Noah](https://x.example)", noah).strip());
        assertEquals("<p><em>kære <strong class=\"mention\">&#64;Noah</strong></em></p>", Markdown.shortHtml("*kære @Noah*", noah).strip());
        assertEquals("<p>&lt;strong class&#61;&#34;mention&#34;&gt;x&lt;/strong&gt;</p>",
                Markdown.shortHtml("<strong class=\"mention\">x</strong>", noah).strip(), "typed markup is text");
    }
}
