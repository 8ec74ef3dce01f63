package dk.nextwork.webapp;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebServlet;

import com.vaadin.cdi.CdiVaadinServlet;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;

/**
 * Serves the Vaadin application under {@code /app/}; Vaadin's static bundle needs {@code /VAADIN/}
 * too. Idle sessions close even while a tab is open (heartbeats do not count as activity), so the
 * sign-in session timeout holds. Texts come from every module's {@code nextwork-i18n} files.
 * Push is on for every view (over WebSocket, long polling where a connection cannot upgrade), so a
 * change made elsewhere, such as a message, reaches an open view without reloading.
 */
@WebServlet(urlPatterns = {"/app/*", "/VAADIN/*"}, asyncSupported = true, loadOnStartup = 1,
        initParams = {@WebInitParam(name = "closeIdleSessions", value = "true"),
                @WebInitParam(name = "pushMode", value = "automatic"),
                @WebInitParam(name = "i18n.provider", value = "dk.nextwork.shell.PortalI18NProvider")})
public class PortalVaadinServlet extends CdiVaadinServlet {

    @Inject
    private BeanManager beanManager;

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        PortalServletService service = new PortalServletService(this, configuration, beanManager);
        service.init();
        return service;
    }
}
