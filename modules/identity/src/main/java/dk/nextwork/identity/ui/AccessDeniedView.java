package dk.nextwork.identity.ui;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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
        removeAll();
        add(new H1(getTranslation("identity.denied.title")), new Paragraph(getTranslation("identity.denied.text")),
                new Anchor("", getTranslation("identity.denied.home")));
        addClassName("access-denied");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
