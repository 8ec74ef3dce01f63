package dk.nextwork.dam.rest;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import dk.nextwork.dam.Assets;
import dk.nextwork.platform.rest.Public;

/**
 * {@code /dam/<id>/<version>/<variant>/<file name>}: an asset's original or rendition. The version
 * in the address changes with the file, so browsers and proxies may keep it for a year.
 */
@Path("dam/{id}/{version}/{variant}/{name}")
@RequestScoped
@Public
public class AssetResource {

    @Inject
    Assets assets;

    @GET
    public Response file(@PathParam("id") String id, @PathParam("version") String version,
                         @PathParam("variant") String variant, @PathParam("name") String name) {
        Optional<Assets.StoredFile> file = assets.file(id, version, variant);
        if (file.isEmpty() || !file.get().fileName().equals(name)) {
            throw new NotFoundException();
        }
        return Response.ok(file.get().bytes(), file.get().mimeType())
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("ETag", "\"" + version + "-" + variant + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline; filename=\"" + name + "\"")
                .build();
    }
}
