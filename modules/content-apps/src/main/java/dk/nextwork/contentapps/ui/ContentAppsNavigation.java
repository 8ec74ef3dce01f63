package dk.nextwork.contentapps.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.vaadin.flow.component.icon.VaadinIcon;

import dk.nextwork.contentapps.ContentItems;
import dk.nextwork.contentapps.PageTree;
import dk.nextwork.identity.Role;
import dk.nextwork.shell.NavigationContribution;
import dk.nextwork.shell.NavigationItem;
import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.i18n.Languages;
import java.util.stream.Collectors;

/**
 * The editors' apps in the navigation: the page tree (their start view), an app for each content
 * type stored outside the page tree (components are edited from their page), and the queue of
 * representatives' proposals; for representatives, their company page. Read from the content
 * types each time, so a content type a light module adds gets its entry without Java code.
 */
@ApplicationScoped
public class ContentAppsNavigation implements NavigationContribution {

    private final ContentItems items;

    /** For CDI's client proxy only. */
    protected ContentAppsNavigation() {
        this(null);
    }

    @Inject
    public ContentAppsNavigation(ContentItems items) {
        this.items = items;
    }

    @Override
    public List<NavigationItem> items() {
        List<NavigationItem> entries = new ArrayList<>();
        entries.add(new NavigationItem(PageTreeView.class, "content.pages.title", VaadinIcon.SITEMAP, 50, Set.of(Role.EDITOR)));
        PageTree pageTree = items.pageTree();
        int order = 51; // the content types' apps follow the page tree (51–59; proposals are 70)
        for (ContentType type : items.types()) {
            if (!pageTree.contains(type)) {
                entries.add(new NavigationItem(ContentListView.class, null, VaadinIcon.RECORDS, order++, Set.of(),
                        Languages.ALL.stream().collect(Collectors.toMap(language -> language, type::labelIn)), Map.of("type", type.name())));
            }
        }
        entries.add(new NavigationItem(ProposalsView.class, "content.proposals.title", VaadinIcon.INBOX, 70, Set.of()));
        entries.add(new NavigationItem(CompanyPageView.class, "content.company.title", VaadinIcon.BUILDING, 60, Set.of()));
        return entries;
    }
}
