package dk.nextwork.shell.ui;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dk.nextwork.platform.http.ErrorAnswers;
import dk.nextwork.shell.MainLayout;

/**
 * A view that failed unexpectedly (500): the person is told in their language, with a reference
 * they can give support, and the log has the failure under the same reference. The exception's
 * own text is never shown.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorAnswers.newReference();
        LOG.error("The view {} failed (reference {})", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        ErrorPages.fill(this, "unexpected-error", getTranslation("shell.error.title"),
                getTranslation("shell.error.text", reference)).addClassName("error-reference");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
