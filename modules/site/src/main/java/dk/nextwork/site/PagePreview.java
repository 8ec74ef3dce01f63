package dk.nextwork.site;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.platform.content.Markdown;
import dk.nextwork.platform.repository.SessionWork;
import dk.nextwork.site.internal.RenderedPage;
import dk.nextwork.site.internal.SiteRenderer;

/**
 * How editing tools show a draft as the public will see it once published: the page an item is
 * shown on, rendered with changes that are never saved.
 */
@ApplicationScoped
public class PagePreview {

    private final SiteRenderer renderer;

    /** For CDI's client proxy only. */
    protected PagePreview() {
        this(null);
    }

    @Inject
    public PagePreview(SiteRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * The HTML of the page showing the item at {@code itemPath}, in {@code language} ({@code da}
     * or {@code en}), after {@code changes} were applied to an unsaved session; empty if no page
     * shows the item, or it does not exist.
     */
    public Optional<String> html(String itemPath, String language, SessionWork<?> changes) {
        return renderer.preview("", itemPath, language, changes).filter(page -> page.status() == 200).map(RenderedPage::html);
    }

    /** An editor's Markdown as the site shows it (raw HTML escaped, unsafe links dropped), headings from h2. */
    public static String markdown(String text) {
        return Markdown.toHtml(text, 2);
    }
}
