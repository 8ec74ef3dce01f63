package dk.nextwork.platform.bootstrap;

import jakarta.annotation.security.RolesAllowed;
import java.util.regex.Pattern;

import javax.jcr.RepositoryException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import dk.nextwork.platform.repository.PortalRepository;

/**
 * {@code GET /.rest/export/{path}}: a content tree in the bootstrap format, ready to be saved
 * under {@code content/} and imported elsewhere. For administrators; only the content trees can be
 * exported, never {@code /system} (accounts, audit) or security data.
 */
@Path(".rest/export")
@RequestScoped
@RolesAllowed("admin")
public class ExportResource {

    private static final Pattern CONTENT_PATH =
            Pattern.compile("(website|partners|profiles|dam|config)(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}){0,20}");

    @Inject
    PortalRepository repository;

    @GET
    @Path("{path: .+}")
    @Produces("application/yaml; charset=utf-8")
    public String export(@PathParam("path") String path) throws RepositoryException {
        if (!CONTENT_PATH.matcher(path).matches() || path.contains("..")) {
            throw new BadRequestException("only content trees can be exported: website, partners, profiles, dam, config");
        }
        return repository.withServiceSession(session -> {
            if (!session.nodeExists("/" + path)) {
                throw new NotFoundException();
            }
            return ContentExporter.export(session.getNode("/" + path));
        });
    }
}
