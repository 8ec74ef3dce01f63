package dk.nextwork.shell.ui;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Navigation;
import dk.nextwork.shell.NavigationItem;

/** {@code /app/}: sends each user on to the start view of their role. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
@Dependent
public class StartView extends Div implements BeforeEnterObserver {

    private final Navigation navigation;

    @Inject
    public StartView(Navigation navigation) {
        this.navigation = navigation;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(navigation.startFor(CurrentUser.get()).<Class<? extends com.vaadin.flow.component.Component>>map(
                NavigationItem::view).orElse(ProfileView.class));
    }
}
