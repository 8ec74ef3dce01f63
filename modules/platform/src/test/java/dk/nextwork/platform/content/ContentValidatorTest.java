package dk.nextwork.platform.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ContentValidatorTest {

    private static PropertyDefinition property(String name, PropertyType type, boolean localised, boolean required,
                                               boolean multiple, Integer maxLength, String pattern, Double min,
                                               Double max) {
        return new PropertyDefinition(name, type, localised, required, multiple, Optional.ofNullable(maxLength),
                Optional.ofNullable(pattern).map(Pattern::compile), Optional.ofNullable(min), Optional.ofNullable(max),
                Optional.empty(), type == PropertyType.LINK ? Optional.of("profile") : Optional.empty());
    }

    private static final ContentType PARTNER = new ContentType("partner", Map.of(), "/partners", List.of(
            property("name", PropertyType.STRING, false, true, false, 20, null, null, null),
            property("industry", PropertyType.STRING, true, true, false, 40, null, null, null),
            property("employees", PropertyType.LONG, false, false, false, null, null, 1.0, 500.0),
            property("rating", PropertyType.DOUBLE, false, false, false, null, null, 0.0, 5.0),
            property("active", PropertyType.BOOLEAN, false, false, false, null, null, null, null),
            property("memberSince", PropertyType.DATE, false, false, false, null, null, null, null),
            property("email", PropertyType.STRING, false, false, false, null, "[^@]+@[^@]+", null, null),
            property("tags", PropertyType.STRING, false, false, true, 5, null, null, null),
            property("profiles", PropertyType.LINK, false, false, true, null, null, null, null)), "test");

    @Test
    void validValuesAreTypedForTheRepository() throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "Café Havnen");
        values.put("industry", "Café");
        values.put("industry_en", "Café");
        values.put("employees", 12);
        values.put("rating", 4);
        values.put("active", true);
        values.put("memberSince", "2025-03-01T00:00:00Z");
        values.put("tags", List.of("mad", "kunde"));
        values.put("profiles", List.of("/profiles/liv"));

        Map<String, Object> stored = ContentValidator.validate(PARTNER, values);

        assertEquals(12L, stored.get("employees"));
        assertEquals(4.0, stored.get("rating"));
        assertEquals(1740787200000L, ((Calendar) stored.get("memberSince")).getTimeInMillis());
        assertEquals(List.of("mad", "kunde"), stored.get("tags"));
        assertEquals("Café", stored.get("industry_en"));
    }

    @Test
    void everyWrongFieldIsReportedOnce() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "Et meget langt firmanavn ApS");
        values.put("employees", 0);
        values.put("rating", "high");
        values.put("active", "yes");
        values.put("memberSince", "last year");
        values.put("email", "no-at-sign");
        values.put("tags", List.of("ok", "far too long"));
        values.put("profiles", List.of("/profiles/../admin"));
        values.put("colour", "blue");

        ContentValidationException error = assertThrows(ContentValidationException.class,
                () -> ContentValidator.validate(PARTNER, values));

        assertEquals(List.of(
                new FieldError("colour", "is not a property of partner"),
                new FieldError("name", "is 28 characters; at most 20 allowed"),
                new FieldError("industry", "is required"),
                new FieldError("employees", "must be at least 1"),
                new FieldError("rating", "must be a number"),
                new FieldError("active", "must be true or false"),
                new FieldError("memberSince", "must be a date and time such as 2026-03-01T09:00:00Z"),
                new FieldError("email", "does not have the expected form"),
                new FieldError("tags", "is 12 characters; at most 5 allowed"),
                new FieldError("profiles", "must be the path of a content item, such as /partners/name")),
                error.errors());
    }

    @Test
    void englishIsOptionalAndAListIsRefusedForASingleValue() {
        ContentValidationException error = assertThrows(ContentValidationException.class,
                () -> ContentValidator.validate(PARTNER, Map.of("name", "Værkstedet", "industry", List.of("a"))));
        assertEquals(List.of(new FieldError("industry", "takes one value, not a list")), error.errors());
    }

    private static ContentType withRichText(String format) {
        return new ContentType("article", Map.of(), "/website", List.of(new PropertyDefinition("body",
                PropertyType.RICHTEXT, false, false, false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(format), Optional.empty())), "test");
    }

    @Test
    void markdownWithHtmlOrScriptLinksIsRefused() throws Exception {
        ContentType article = withRichText("markdown");
        assertEquals("## Om os\n\nSe [kontakt](/kontakt) og **mød os**.", ContentValidator.validate(article,
                Map.of("body", "## Om os\n\nSe [kontakt](/kontakt) og **mød os**.")).get("body"));
        assertEquals(List.of(new FieldError("body", "contains HTML; use Markdown formatting instead")),
                assertThrows(ContentValidationException.class, () -> ContentValidator.validate(article,
                        Map.of("body", "Hej <script>alert(1)</script>"))).errors());
        assertEquals(List.of(new FieldError("body", "links must start with https://, http://, mailto:, / or #")),
                assertThrows(ContentValidationException.class, () -> ContentValidator.validate(article,
                        Map.of("body", "[klik](javascript:alert(1))"))).errors());
    }

    @Test
    void htmlIsCleanedToSafeMarkup() throws Exception {
        Object body = ContentValidator.validate(withRichText("html"), Map.of("body",
                "<p onclick=\"steal()\">Hej <b>alle</b><script>alert(1)</script> <a href=\"javascript:x\">link</a></p>"))
                .get("body");
        assertEquals("<p>Hej <b>alle</b> link</p>", body);
    }
}
