package dk.nextwork.webapp.embedded;

import java.util.List;

/**
 * Finds, under the wrapping that the servlet container and CDI add, the reason a person can act
 * on: the outermost exception that is not the container's or CDI's own.
 */
final class StartFailure {

    private static final List<String> WRAPPERS = List.of(
            "org.eclipse.jetty.", "org.jboss.weld.", "jakarta.servlet.", "jakarta.enterprise.", "java.lang.reflect.");

    private StartFailure() {
    }

    static String explain(Throwable failure) {
        Throwable chosen = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            chosen = t;
            if (!isWrapper(t)) {
                break;
            }
        }
        return chosen.getMessage() != null ? chosen.getMessage() : chosen.toString();
    }

    private static boolean isWrapper(Throwable t) {
        String name = t.getClass().getName();
        return WRAPPERS.stream().anyMatch(name::startsWith)
                || (t.getClass() == RuntimeException.class && t.getCause() != null);
    }
}
