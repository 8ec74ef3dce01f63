package dk.nextwork.platform.repository.internal;

import java.security.Principal;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import javax.jcr.Repository;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.security.Privilege;
import javax.security.auth.Subject;

import org.apache.jackrabbit.api.JackrabbitSession;
import org.apache.jackrabbit.api.security.user.Authorizable;
import org.apache.jackrabbit.api.security.user.User;
import org.apache.jackrabbit.api.security.user.UserManager;
import org.apache.jackrabbit.commons.jackrabbit.authorization.AccessControlUtils;
import org.apache.jackrabbit.oak.api.AuthInfo;
import org.apache.jackrabbit.oak.spi.security.authentication.AuthInfoImpl;
import org.apache.jackrabbit.oak.spi.security.authentication.SystemSubject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.nextwork.platform.repository.ClusterConflicts;

/**
 * The platform's service identity: an Oak system user (it has no password and cannot log in
 * from outside) that modules' service sessions run as. Created on first start, when Oak's
 * built-in administrator gets a random password nobody knows, so the well-known admin/admin
 * login never works on a NExTWORK repository.
 */
final class ServiceIdentity {

    static final String SERVICE_USER = "nextwork-service";
    private static final String ADMIN_USER = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(ServiceIdentity.class);

    private final Principal principal;

    private ServiceIdentity(Principal principal) {
        this.principal = principal;
    }

    /** Finds the service user, creating it (and disabling the administrator) on a new repository. */
    static ServiceIdentity establish(Repository repository) {
        return ClusterConflicts.retry("Service identity", () -> findOrCreate(repository));
    }

    private static ServiceIdentity findOrCreate(Repository repository) throws RepositoryException {
        Session system = asSubject(SystemSubject.INSTANCE, () -> repository.login());
        try {
            UserManager users = ((JackrabbitSession) system).getUserManager();
            Authorizable service = users.getAuthorizable(SERVICE_USER);
            if (service == null) {
                service = users.createSystemUser(SERVICE_USER, null);
                Principal servicePrincipal = service.getPrincipal();
                AccessControlUtils.addAccessControlEntry(system, "/", servicePrincipal,
                        new String[] {Privilege.JCR_ALL}, true);
                // Repository-level rights: registering namespaces, node types and privileges.
                AccessControlUtils.addAccessControlEntry(system, null, servicePrincipal,
                        new String[] {Privilege.JCR_ALL}, true);
                // Oak will not disable its administrator; an unknowable password shuts it out instead.
                if (users.getAuthorizable(ADMIN_USER) instanceof User admin) {
                    admin.changePassword(unguessablePassword());
                }
                LOG.info("Created the service identity '{}' and locked the built-in administrator", SERVICE_USER);
            }
            system.save();
            return new ServiceIdentity(service.getPrincipal());
        } finally {
            system.logout();
        }
    }

    private static String unguessablePassword() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    Session login(Repository repository) throws RepositoryException {
        Set<Principal> principals = Set.of(principal);
        AuthInfo authInfo = new AuthInfoImpl(SERVICE_USER, Map.of(), principals);
        Subject subject = new Subject(true, principals, Set.of(authInfo), Set.of());
        return asSubject(subject, () -> repository.login());
    }

    @SuppressWarnings("removal") // Oak recognises a pre-authenticated subject this way (Java 17 target)
    private static Session asSubject(Subject subject, PrivilegedExceptionAction<Session> login)
            throws RepositoryException {
        try {
            return Subject.doAsPrivileged(subject, login, null);
        } catch (PrivilegedActionException e) {
            if (e.getException() instanceof RepositoryException repositoryException) {
                throw repositoryException;
            }
            throw new RepositoryException(e.getException());
        }
    }
}
