package dk.nextwork.identity.ui;

import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

import dk.nextwork.identity.Role;

/**
 * An entry of the application's side navigation. Who sees it follows from the view's own access
 * annotation ({@code @RolesAllowed}, {@code @PermitAll}), so a link is never shown to someone the
 * view would refuse.
 *
 * @param labelKey  the text key of the label (see {@code nextwork-i18n/texts.properties})
 * @param order     position in the navigation, lowest first
 * @param startFor  the roles for whom this view is where they land after signing in
 */
public record NavigationItem(Class<? extends Component> view, String labelKey, VaadinIcon icon, int order,
                             Set<Role> startFor) {
}
