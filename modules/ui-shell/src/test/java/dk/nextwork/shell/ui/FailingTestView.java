package dk.nextwork.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.nextwork.shell.MainLayout;

/** A view that fails as a bug would, for the tests of what a person then sees. */
@Route(value = "test-failing", layout = MainLayout.class)
@AnonymousAllowed
public class FailingTestView extends Div {

    public FailingTestView() {
        throw new IllegalStateException("javax.jcr.RepositoryException: an internal detail at /system/accounts");
    }
}
