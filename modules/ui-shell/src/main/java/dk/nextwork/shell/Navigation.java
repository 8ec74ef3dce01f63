package dk.nextwork.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;

import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;

/** The navigation entries all modules contribute, and which of them a user may open. */
@ApplicationScoped
public class Navigation {

    private static final AccessAnnotationChecker ACCESS = new AccessAnnotationChecker();

    private final Iterable<NavigationContribution> contributions;
    private final Iterable<NavigationBadge> badges;

    protected Navigation() {
        this(List.of());
    }

    @Inject
    public Navigation(Instance<NavigationContribution> contributions, Instance<NavigationBadge> badges) {
        this((Iterable<NavigationContribution>) contributions, (Iterable<NavigationBadge>) badges);
    }

    public Navigation(Iterable<NavigationContribution> contributions) {
        this(contributions, List.of());
    }

    public Navigation(Iterable<NavigationContribution> contributions, Iterable<NavigationBadge> badges) {
        this.contributions = contributions;
        this.badges = badges;
    }

    /** The counts the modules show beside an entry's view. */
    public List<NavigationBadge> badgesOf(Class<?> view) {
        List<NavigationBadge> found = new ArrayList<>();
        for (NavigationBadge badge : badges) {
            if (badge.view().equals(view)) {
                found.add(badge);
            }
        }
        return found;
    }

    /** The entries the user's roles may open, in order. */
    public List<NavigationItem> itemsFor(SignedInUser user) {
        List<NavigationItem> items = new ArrayList<>();
        for (NavigationContribution contribution : contributions) {
            for (NavigationItem item : contribution.items()) {
                if (ACCESS.hasAccess(item.view(), user, role -> Role.find(role).filter(user::has).isPresent())) {
                    items.add(item);
                }
            }
        }
        items.sort(Comparator.comparingInt(NavigationItem::order)
                .thenComparing(item -> item.labelKey() == null ? "" : item.labelKey()));
        return items;
    }

    /** Where the user lands after signing in: the first entry that is the start view of one of their roles. */
    public Optional<NavigationItem> startFor(SignedInUser user) {
        return itemsFor(user).stream().filter(item -> item.startFor().stream().anyMatch(user::has)).findFirst();
    }
}
