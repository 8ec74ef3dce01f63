package dk.nextwork.platform.delivery;

import dk.nextwork.platform.rest.Public;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dk.nextwork.platform.config.ProductName;
import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.content.PropertyDefinition;
import dk.nextwork.platform.lightmodule.Definitions;

/** {@code GET /.rest/openapi.json}: an OpenAPI 3.0 description of the delivery endpoints defined now. */
@Path(".rest/openapi.json")
@RequestScoped
@Public
public class OpenApiResource {

    @Inject
    Definitions definitions;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> describe() {
        Map<String, Object> paths = new LinkedHashMap<>();
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("Error", Map.of("type", "object", "properties", Map.of(
                "error", Map.of("type", "string"), "parameter", Map.of("type", "string"))));
        for (ContentType type : definitions.contentTypes()) {
            schemas.put(type.name(), schema(type));
        }
        for (DeliveryEndpoint endpoint : definitions.endpoints()) {
            String itemRef = "#/components/schemas/" + endpoint.contentTypes().get(0);
            List<Object> parameters = new ArrayList<>(List.of(
                    parameter("lang", "Language; missing translations fall back to " + endpoint.defaultLanguage(),
                            Map.of("type", "string", "enum", endpoint.languages())),
                    parameter("offset", "Items to skip", Map.of("type", "integer", "minimum", 0, "maximum", 100000)),
                    parameter("limit", "Items per page", Map.of("type", "integer", "minimum", 1,
                            "maximum", endpoint.maxLimit(), "default", endpoint.defaultLimit())),
                    parameter("orderBy", "A property, optionally followed by asc or desc", Map.of("type", "string")),
                    parameter("q", "Words to search for", Map.of("type", "string", "maxLength", 500))));
            for (String typeName : endpoint.contentTypes()) {
                definitions.contentType(typeName).ifPresent(type -> type.properties().forEach(property ->
                        parameters.add(parameter(property.name(), "Filter on " + property.name() + "; also "
                                + property.name() + "[ne|lt|lte|gt|gte|like|in|null]=…",
                                Map.of("type", "string")))));
            }
            String base = "/.rest/delivery/" + endpoint.name() + "/";
            paths.put(base, Map.of("get", operation("List published " + endpoint.name(), parameters, Map.of(
                    "type", "object", "properties", Map.of(
                            "offset", Map.of("type", "integer"), "limit", Map.of("type", "integer"),
                            "more", Map.of("type", "boolean"), "lang", Map.of("type", "string"),
                            "results", Map.of("type", "array", "items", Map.of("$ref", itemRef)))))));
            paths.put(base + "{path}", Map.of("get", operation("One published item of " + endpoint.name(),
                    List.of(Map.of("name", "path", "in", "path", "required", true, "schema", Map.of("type", "string")),
                            parameters.get(0)), Map.of("$ref", itemRef))));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        String product = ProductName.current();
        document.put("info", Map.of("title", product + " delivery API", "version", "1",
                "description", "Published content of the " + product + " site as JSON."));
        document.put("paths", paths);
        document.put("components", Map.of("schemas", schemas));
        return document;
    }

    private static Map<String, Object> parameter(String name, String description, Map<String, Object> schema) {
        return Map.of("name", name, "in", "query", "required", false, "description", description, "schema", schema);
    }

    private static Map<String, Object> operation(String summary, List<Object> parameters, Map<String, Object> schema) {
        Map<String, Object> error = Map.of("description", "Error", "content", Map.of("application/json",
                Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
        return Map.of("summary", summary, "parameters", parameters, "responses", Map.of(
                "200", Map.of("description", "OK (with an ETag)", "content",
                        Map.of("application/json", Map.of("schema", schema))),
                "304", Map.of("description", "Not modified since the ETag given in If-None-Match"),
                "400", error, "404", error));
    }

    private static Map<String, Object> schema(ContentType type) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("@name", Map.of("type", "string"));
        properties.put("@path", Map.of("type", "string"));
        properties.put("@type", Map.of("type", "string"));
        for (PropertyDefinition property : type.properties()) {
            Map<String, Object> single = switch (property.type()) {
                case LONG -> Map.of("type", "integer");
                case DOUBLE -> Map.of("type", "number");
                case BOOLEAN -> Map.of("type", "boolean");
                case DATE -> Map.of("type", "string", "format", "date-time");
                default -> Map.of("type", "string");
            };
            properties.put(property.name(), property.multiple() ? Map.of("type", "array", "items", single) : single);
        }
        return Map.of("type", "object", "properties", properties);
    }
}
