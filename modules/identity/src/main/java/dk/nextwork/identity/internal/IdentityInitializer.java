package dk.nextwork.identity.internal;

import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;

/**
 * Puts the authentication filter in front of everything, and makes the session cookie
 * unreadable to scripts and not sent with cross-site requests.
 */
public class IdentityInitializer implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        FilterRegistration.Dynamic filter = context.addFilter("nextwork-authentication", AuthenticationFilter.class);
        filter.setAsyncSupported(true);
        filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        context.getSessionCookieConfig().setHttpOnly(true);
        context.getSessionCookieConfig().setAttribute("SameSite", "Lax");
    }
}
