package dk.nextwork.webapp.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.jcr.RepositoryException;

import jakarta.enterprise.event.ObserverException;
import jakarta.servlet.UnavailableException;

import org.jboss.weld.exceptions.DeploymentException;
import org.junit.jupiter.api.Test;

import dk.nextwork.platform.module.ModuleStartException;

class StartFailureTest {

    @Test
    void theModuleSystemsMessageIsFoundUnderTheContainersWrapping() {
        Throwable failure = new RuntimeException(new DeploymentException(
                new ModuleStartException("Modules depend on each other in a cycle: a -> b -> a")));
        assertEquals("Modules depend on each other in a cycle: a -> b -> a", StartFailure.explain(failure));
    }

    @Test
    void aRepositoryFailureKeepsItsOwnMessageNotTheDriversRootCause() {
        Throwable failure = new UnavailableException("context failed");
        failure.initCause(new ObserverException(new RepositoryException("Cannot open the PostgreSQL repository at jdbc:postgresql://db/x: "
                + "connection refused", new java.net.ConnectException("Connection refused"))));
        assertEquals("Cannot open the PostgreSQL repository at jdbc:postgresql://db/x: connection refused",
                StartFailure.explain(failure));
    }

    @Test
    void withNothingButWrappingTheInnermostReasonIsGiven() {
        assertEquals("java.lang.IllegalStateException",
                StartFailure.explain(new DeploymentException(new IllegalStateException())));
    }
}
