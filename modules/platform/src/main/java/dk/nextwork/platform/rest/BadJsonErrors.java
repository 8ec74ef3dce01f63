package dk.nextwork.platform.rest;

import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A request body that is not the JSON a resource takes (malformed, bad UTF-8, nested too deep,
 * an unknown field, an array or object where a text belongs) gets the API's 400 in words a client
 * can act on, naming the field; never the parser's message with its class names.
 */
@Provider
@Dependent
public class BadJsonErrors implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BodyLimit.TooLargeException) {
                return BodyLimit.tooLarge(); // the reader wrapped the body's own refusal
            }
        }
        return JsonErrors.answer(400, message(failure));
    }

    /** The body's refusal when the reader let it through unwrapped. */
    @Provider
    @Dependent
    public static class TooLarge implements ExceptionMapper<BodyLimit.TooLargeException> {
        @Override
        public Response toResponse(BodyLimit.TooLargeException failure) {
            return BodyLimit.tooLarge();
        }
    }

    static String message(JsonProcessingException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StreamConstraintsException) {
                return "the request body is nested too deeply or too long";
            }
            if (cause instanceof JsonParseException || cause instanceof java.io.CharConversionException) {
                return "the request body is not valid JSON in UTF-8";
            }
        }
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return "field '" + field + "' has the wrong type or value";
        }
        if (failure instanceof JsonMappingException) {
            return "the request body is not the JSON object this address takes";
        }
        return "the request body is not valid JSON in UTF-8";
    }
}
