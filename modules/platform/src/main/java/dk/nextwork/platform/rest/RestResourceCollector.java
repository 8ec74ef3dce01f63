package dk.nextwork.platform.rest;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;

/**
 * Collects the JAX-RS resources and providers that modules contribute: any bean class in a
 * module's bean archive annotated {@link Path} or {@link Provider}.
 */
public class RestResourceCollector implements Extension {

    private final Set<Class<?>> classes = new LinkedHashSet<>();

    <T> void collect(@Observes @WithAnnotations({Path.class, Provider.class}) ProcessAnnotatedType<T> type) {
        Class<T> javaClass = type.getAnnotatedType().getJavaClass();
        if (!javaClass.isInterface() && (javaClass.isAnnotationPresent(Path.class)
                || javaClass.isAnnotationPresent(Provider.class))) {
            classes.add(javaClass);
        }
    }

    public Set<Class<?>> classes() {
        return Set.copyOf(classes);
    }
}
