package dk.nextwork.platform.rest;

import dk.nextwork.platform.http.ErrorAnswers;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deny by default for the REST API: each resource method is open only as its annotations say
 * ({@link Public}, {@code @PermitAll} for any signed-in user, {@code @RolesAllowed}); a method
 * without any is refused to everybody. Who is signed in comes from the request's principal,
 * which the identity module sets.
 */
public class AccessRules implements DynamicFeature {

    private static final Logger LOG = LoggerFactory.getLogger(AccessRules.class);

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        AnnotatedElement source = hasRule(method) ? method : resource.getResourceClass();
        if (source.isAnnotationPresent(Public.class)) {
            return;
        }
        if (source.isAnnotationPresent(DenyAll.class) || !hasRule(source)) {
            if (!hasRule(source) && resource.getResourceClass().getName().startsWith("dk.nextwork.")) {
                LOG.warn("{}.{} says nobody may call it (no @Public, @PermitAll or @RolesAllowed): refused to all",
                        resource.getResourceClass().getName(), method.getName());
            }
            context.register(new Rule(List.of(), false));
            return;
        }
        RolesAllowed roles = source.getAnnotation(RolesAllowed.class);
        context.register(new Rule(roles == null ? List.of() : List.of(roles.value()), true));
    }

    private static boolean hasRule(AnnotatedElement element) {
        return element.isAnnotationPresent(Public.class) || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(DenyAll.class);
    }

    /** Signed in (401 otherwise) and, when roles are listed, in one of them (403 otherwise). */
    @Priority(Priorities.AUTHORIZATION)
    private record Rule(List<String> roles, boolean anyoneSignedIn) implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (!anyoneSignedIn) {
                request.abortWith(JsonErrors.answer(403, ErrorAnswers.apiMessage(403)));
            } else if (security.getUserPrincipal() == null) {
                request.abortWith(JsonErrors.answer(401, ErrorAnswers.apiMessage(401)));
            } else if (!roles.isEmpty() && roles.stream().noneMatch(security::isUserInRole)) {
                request.abortWith(JsonErrors.answer(403, "not allowed for your role"));
            }
        }
    }
}
