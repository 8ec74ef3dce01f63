package dk.nextwork.webapp;

import jakarta.servlet.annotation.WebServlet;

import com.vaadin.cdi.CdiVaadinServlet;

/** Serves the Vaadin application under {@code /app/}; Vaadin's static bundle needs {@code /VAADIN/} too. */
@WebServlet(urlPatterns = {"/app/*", "/VAADIN/*"}, asyncSupported = true, loadOnStartup = 1)
public class PortalVaadinServlet extends CdiVaadinServlet {
}
