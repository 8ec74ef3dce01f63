package dk.nextwork.platform.rest;

import java.util.Set;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;

import org.glassfish.jersey.servlet.ServletContainer;

import dk.nextwork.platform.lightmodule.WebResourceServlet;
import org.glassfish.jersey.servlet.ServletProperties;

/**
 * Serves everything outside the Vaadin application through Jersey, so resources declare their
 * full public path ({@code @Path("health/live")}, {@code @Path("api/...")}). Servlet mapping gives
 * the more specific {@code /app/*} and {@code /VAADIN/*} to Vaadin and {@code /.resources/*} to
 * the light modules' static files.
 */
public class RestInitializer implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        ServletRegistration.Dynamic jersey = context.addServlet("nextwork-rest", ServletContainer.class);
        jersey.setInitParameter(ServletProperties.JAXRS_APPLICATION_CLASS, PortalRestApplication.class.getName());
        jersey.setAsyncSupported(true);
        jersey.setLoadOnStartup(1);
        jersey.addMapping("/*");

        ServletRegistration.Dynamic resources = context.addServlet("nextwork-webresources", WebResourceServlet.class);
        resources.addMapping("/.resources/*");
    }
}
