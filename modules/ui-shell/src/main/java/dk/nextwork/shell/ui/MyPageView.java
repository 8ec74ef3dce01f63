package dk.nextwork.shell.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import dk.nextwork.identity.Role;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;

/** {@code /app/me}: a young person's own page. */
@Route(value = "me", layout = MainLayout.class)
@RolesAllowed(Role.YOUTH_ID)
public class MyPageView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(PersonView.class, new RouteParameters("id", CurrentUser.get().id()));
    }
}
