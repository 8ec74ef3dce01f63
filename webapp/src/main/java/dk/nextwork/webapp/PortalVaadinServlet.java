package dk.nextwork.webapp;

import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebServlet;

import com.vaadin.cdi.CdiVaadinServlet;

/**
 * Serves the Vaadin application under {@code /app/}; Vaadin's static bundle needs {@code /VAADIN/}
 * too. Idle sessions close even while a tab is open (heartbeats do not count as activity), so the
 * sign-in session timeout holds. Texts come from every module's {@code nextwork-i18n} files.
 */
@WebServlet(urlPatterns = {"/app/*", "/VAADIN/*"}, asyncSupported = true, loadOnStartup = 1,
        initParams = {@WebInitParam(name = "closeIdleSessions", value = "true"),
                @WebInitParam(name = "i18n.provider", value = "dk.nextwork.shell.PortalI18NProvider")})
public class PortalVaadinServlet extends CdiVaadinServlet {
}
