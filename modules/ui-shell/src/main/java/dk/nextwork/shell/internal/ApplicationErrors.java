package dk.nextwork.shell.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;

import dk.nextwork.platform.http.ErrorAnswers;

/**
 * A failure in a click or another event of a view (after it opened): logged once with a
 * reference, and the person gets a short message in their language with the same reference,
 * never the exception's text.
 */
final class ApplicationErrors implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationErrors.class);

    @Override
    public void error(ErrorEvent event) {
        String reference = ErrorAnswers.newReference();
        LOG.error("A request of the application failed (reference {})", reference, event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = new Notification(ui.getTranslation("shell.error.text", reference), 10_000,
                    Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.open();
        }
    }
}
