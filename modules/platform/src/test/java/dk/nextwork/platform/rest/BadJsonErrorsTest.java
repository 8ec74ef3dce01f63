package dk.nextwork.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** How the API's strict reader refuses bodies, and how each refusal is told. */
class BadJsonErrorsTest {

    private final ObjectMapper reader = new JsonMapperProvider().getContext(Object.class);

    record Credentials(String email, String password) {
    }

    private String refusal(String json, Class<?> type) {
        return BadJsonErrors.message(assertThrows(JsonProcessingException.class, () -> reader.readValue(json, type)));
    }

    @Test
    void deepNestingIsRefusedBeforeItCanCostAnything() {
        String deep = "[".repeat(100) + "]".repeat(100);
        assertEquals("the request body is nested too deeply or too long", refusal(deep, JsonNode.class));
        assertEquals(31, depth(readTree("[".repeat(31) + "]".repeat(31))), "what a request needs still reads");
    }

    private JsonNode readTree(String json) {
        try {
            return reader.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static int depth(JsonNode node) {
        return node.isArray() ? 1 + (node.isEmpty() ? 0 : depth(node.get(0))) : 0;
    }

    @Test
    void aTextMustBeATextAndNothingUnknownIsTaken() {
        assertEquals("field 'email' has the wrong type or value", refusal("{\"email\": 5, \"password\": \"x\"}", Credentials.class));
        assertEquals("field 'email' has the wrong type or value", refusal("{\"email\": true}", Credentials.class));
        assertEquals("unknown field 'role'", refusal("{\"email\": \"a@b.dk\", \"role\": \"admin\"}", Credentials.class));
        assertEquals("the request body is not the JSON object this address takes",
                refusal("{\"email\": \"a@b.dk\"} {}", Credentials.class), "one object, nothing after it");
        assertEquals("the request body is not valid JSON in UTF-8", refusal("{\"email\": ", Credentials.class));
    }
}
