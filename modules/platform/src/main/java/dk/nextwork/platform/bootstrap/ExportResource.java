package dk.nextwork.platform.bootstrap;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import dk.nextwork.platform.module.ModuleRegistry;
import dk.nextwork.platform.module.ModuleTree;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.rest.PlatformRoles;

/**
 * {@code GET /.rest/export/{path}}: a content tree in the bootstrap format, ready to be saved
 * under {@code content/} and imported elsewhere. For administrators; only the trees modules declare
 * {@code exportable} in their {@code module.yaml} can be exported, never {@code /system}
 * (accounts, audit) or security data.
 */
@Path(".rest/export")
@RequestScoped
@RolesAllowed(PlatformRoles.OPERATOR)
public class ExportResource {

    /** Below the tree: up to 20 plain node names. */
    private static final Pattern BELOW_TREE = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}){0,20}");

    @Inject
    PortalRepository repository;

    @Inject
    ModuleRegistry modules;

    @GET
    @Path("{path: .+}")
    @Produces("application/yaml; charset=utf-8")
    public String export(@PathParam("path") String path) {
        List<String> exportable = modules.trees().stream().filter(ModuleTree::exportable).map(ModuleTree::name).toList();
        String tree = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        if (!exportable.contains(tree) || !BELOW_TREE.matcher(path.substring(tree.length())).matches()
                || path.contains("..")) {
            throw new BadRequestException("only content trees can be exported: " + String.join(", ", exportable));
        }
        return repository.withServiceSession(session -> {
            if (!session.nodeExists("/" + path)) {
                throw new NotFoundException();
            }
            return ContentExporter.export(session.getNode("/" + path));
        });
    }
}
