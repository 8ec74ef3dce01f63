package dk.nextwork.dam.ui;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.vaadin.flow.component.icon.VaadinIcon;

import dk.nextwork.identity.Role;
import dk.nextwork.shell.NavigationContribution;
import dk.nextwork.shell.NavigationItem;

/** The asset library in the editors' navigation (they start in the page tree). */
@ApplicationScoped
public class DamNavigation implements NavigationContribution {

    @Override
    public List<NavigationItem> items() {
        return List.of(new NavigationItem(AssetsView.class, "dam.title", VaadinIcon.PICTURE, 75, Set.of()));
    }
}
