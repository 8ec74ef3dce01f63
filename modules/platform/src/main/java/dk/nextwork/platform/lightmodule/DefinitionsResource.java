package dk.nextwork.platform.lightmodule;

import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.delivery.DeliveryEndpoint;
import dk.nextwork.platform.rest.PlatformRoles;

/**
 * {@code GET /.rest/definitions}: what the light modules define now and which files are broken
 * (file, line, reason). For administrators.
 */
@Path(".rest/definitions")
@RequestScoped
@RolesAllowed(PlatformRoles.OPERATOR)
public class DefinitionsResource {

    @Inject
    Definitions definitions;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> list() {
        Map<String, Object> listing = new LinkedHashMap<>();
        listing.put("generation", definitions.generation());
        listing.put("modules", definitions.modules());
        listing.put("contentTypes", definitions.contentTypes().stream().map(DefinitionsResource::describe).toList());
        listing.put("endpoints", definitions.endpoints().stream().map(DefinitionsResource::describe).toList());
        listing.put("resources", definitions.resources());
        listing.put("problems", definitions.problems());
        return listing;
    }

    private static Map<String, Object> describe(ContentType type) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", type.name());
        json.put("source", type.source());
        json.put("storage", type.storage());
        json.put("properties", type.properties().stream().map(p -> p.name() + ": " + p.type().name().toLowerCase()
                + (p.localised() ? " (da/en)" : "") + (p.multiple() ? " []" : "") + (p.required() ? " required" : ""))
                .toList());
        return json;
    }

    private static Map<String, Object> describe(DeliveryEndpoint endpoint) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", endpoint.name());
        json.put("source", endpoint.source());
        json.put("rootPath", endpoint.rootPath());
        json.put("contentTypes", endpoint.contentTypes());
        json.put("childTypes", endpoint.childTypes());
        json.put("languages", endpoint.languages());
        json.put("references", List.copyOf(endpoint.references()));
        return json;
    }
}
