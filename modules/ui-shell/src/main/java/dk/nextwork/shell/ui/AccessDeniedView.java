package dk.nextwork.shell.ui;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dk.nextwork.identity.AccessDeniedException;

/** The refusal page (403): says no, shows nothing of what was asked for. */
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        ErrorPages.fill(this, "access-denied", getTranslation("shell.denied.title"),
                getTranslation("shell.denied.text"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
