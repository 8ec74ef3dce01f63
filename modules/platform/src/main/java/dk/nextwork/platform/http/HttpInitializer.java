package dk.nextwork.platform.http;

import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;

/**
 * The security headers in front of every other filter (mapped before them, whatever order the
 * modules' initializers run in), and the portal's error page.
 */
public class HttpInitializer implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        FilterRegistration.Dynamic headers = context.addFilter("nextwork-security-headers", SecurityHeaders.class);
        headers.setAsyncSupported(true);
        headers.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR), false, "/*");
        ServletRegistration.Dynamic errors = context.addServlet("nextwork-error-page", ErrorPageServlet.class);
        errors.addMapping(ErrorPageServlet.PATH);
    }
}
