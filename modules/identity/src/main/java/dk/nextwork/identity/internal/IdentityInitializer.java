package dk.nextwork.identity.internal;

import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;

/**
 * Puts the authentication filter in front of everything, takes the session id from the cookie
 * only, and makes the cookie unreadable to scripts and not sent with cross-site requests.
 */
public class IdentityInitializer implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        FilterRegistration.Dynamic filter = context.addFilter("nextwork-authentication", AuthenticationFilter.class);
        filter.setAsyncSupported(true);
        // after the platform's filters (security headers), which are mapped before all others
        filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        // the session id travels in the cookie only: an id in an address (;jsessionid=) leaks through logs,
        // referrers and shared links, and lets an attacker fix a victim's session
        context.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
        context.getSessionCookieConfig().setHttpOnly(true);
        context.getSessionCookieConfig().setAttribute("SameSite", "Lax");
    }
}
