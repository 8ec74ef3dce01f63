package dk.nextwork.platform.rest;

import jakarta.enterprise.context.Dependent;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** JSON as every REST resource writes it: times as ISO-8601 text, not numbers. */
@Provider
@Dependent
public class JsonMapperProvider implements ContextResolver<ObjectMapper> {

    /** Shared: Jersey may ask a new instance of this provider for the mapper on every request. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }
}
