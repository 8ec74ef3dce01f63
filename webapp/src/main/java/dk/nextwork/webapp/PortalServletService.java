package dk.nextwork.webapp;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;

import jakarta.enterprise.inject.spi.BeanManager;

import com.vaadin.cdi.CdiVaadinServlet;
import com.vaadin.cdi.CdiVaadinServletService;
import com.vaadin.flow.function.DeploymentConfiguration;

/**
 * Vaadin's CDI service with one repair: Flow 24.9 checks that a static resource exists with
 * {@code Path.of(url.toURI())}, which for a file inside a jar (Push's {@code vaadinPush-min.js}
 * in {@code flow-push}) needs the jar's file system mounted JVM-wide; Jetty 12.1.9 and later no
 * longer leave it mounted, so the request failed with a 500 and Push never connected. Opening the
 * URL checks the same thing for files and jars alike (the repair Flow made in later versions).
 */
final class PortalServletService extends CdiVaadinServletService {

    PortalServletService(CdiVaadinServlet servlet, DeploymentConfiguration configuration, BeanManager beanManager) {
        super(servlet, configuration, beanManager);
    }

    @Override
    public URL getStaticResource(String path) {
        URL url;
        try {
            url = getServlet().getServletContext().getResource(path);
        } catch (MalformedURLException e) {
            return null;
        }
        if (url == null) {
            return null;
        }
        try (InputStream probe = url.openStream()) {
            return url;
        } catch (IOException e) {
            return null;
        }
    }
}
