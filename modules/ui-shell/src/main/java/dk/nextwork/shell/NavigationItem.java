package dk.nextwork.shell;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

import dk.nextwork.identity.Role;
import dk.nextwork.platform.i18n.Languages;

/**
 * An entry of the application's side navigation. Who sees it follows from the view's own access
 * annotation ({@code @RolesAllowed}, {@code @PermitAll}), so a link is never shown to someone the
 * view would refuse.
 *
 * @param labelKey        the text key of the label (see {@code nextwork-i18n/texts.properties})
 * @param order           position in the navigation, lowest first; each module keeps to its own
 *                        numbers (shell 10, 20, 80–90; reporting 5, 28, 35; programme 21–25;
 *                        development 26–27; matching 3–4, 29; messaging 5–8; content apps 50–70; assets 75; system 95), equal
 *                        numbers fall back to the label key
 * @param startFor        the roles for whom this view is where they land after signing in
 * @param labels          the label by language ({@code da}, {@code en}) instead of a text key, for
 *                        entries made from definitions (such as a content type's app)
 * @param routeParameters the view's route parameters for this entry
 */
public record NavigationItem(Class<? extends Component> view, String labelKey, VaadinIcon icon, int order,
                             Set<Role> startFor, Map<String, String> labels, Map<String, String> routeParameters) {

    public NavigationItem {
        labels = Map.copyOf(labels);
        routeParameters = Map.copyOf(routeParameters);
    }

    public NavigationItem(Class<? extends Component> view, String labelKey, VaadinIcon icon, int order,
                          Set<Role> startFor) {
        this(view, labelKey, icon, order, startFor, Map.of(), Map.of());
    }

    /** The label in a language, from {@code labels} or else the text key's translation. */
    public String label(String language, Function<String, String> translation) {
        if (labels.isEmpty()) {
            return translation.apply(labelKey);
        }
        return labels.getOrDefault(language, labels.getOrDefault(Languages.DEFAULT, labelKey));
    }
}
