package dk.nextwork.site.internal;

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
}
