package dk.nextwork.shell;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;

import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;

/**
 * Views about one young person name them in the address ({@code ?person=<id>}); a young person
 * opening such a view without it sees their own. Access is the services' to check.
 */
public final class PersonParameter {

    public static final String NAME = "person";

    private PersonParameter() {
    }

    /** The young person asked for, or the signed-in young person themselves; empty for others who asked for nobody. */
    public static Optional<String> of(BeforeEnterEvent event, SignedInUser user) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault(NAME, List.of());
        return asked.isEmpty() ? Optional.ofNullable(user.has(Role.YOUTH) ? user.id() : null) : Optional.of(asked.get(0));
    }

    public static QueryParameters query(String person) {
        return QueryParameters.simple(Map.of(NAME, person));
    }

    /** The address of a view about a young person. */
    public static String link(Class<? extends Component> view, String person) {
        return RouteConfiguration.forSessionScope().getUrl(view) + "?" + query(person).getQueryString();
    }

    /** The address of a young person's own page (their course), {@code people/<id>}. */
    public static String page(String person) {
        return "people/" + person;
    }

    /** The address of a view about a young person, by the view's route (for views of other modules). */
    public static String link(String route, String person) {
        return route + "?" + query(person).getQueryString();
    }
}
