package dk.nextwork.shell.ui;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.nextwork.shell.MainLayout;

/**
 * "Findes ikke" inside the application's frame (404): for an address no view has, and for a view
 * whose parameters name nothing that exists (an unknown item, a malformed path). Says nothing of
 * what was asked for.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        ErrorPages.fill(this, "not-found", getTranslation("shell.notFound.title"),
                getTranslation("shell.notFound.text"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
