package dk.nextwork.shell;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.i18n.Languages;

/** The signed-in user of the Vaadin request being handled, as the authentication filter set it. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<SignedInUser> find() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && request.getUserPrincipal() instanceof SignedInUser user ? Optional.of(user)
                : Optional.empty();
    }

    /** The user; refused when nobody is signed in (views that call this are not anonymous). */
    public static SignedInUser get() {
        return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** The language the interface is shown in: {@code en} or {@code da}. */
    public static String language() {
        UI ui = UI.getCurrent();
        return Languages.of(ui == null ? null : ui.getLocale());
    }

    /** Who asks and from which address, for the services that audit it; no user when nobody is signed in. */
    public static Caller caller() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return new Caller(find().orElse(null), request == null ? null : request.getRemoteAddr());
    }
}
