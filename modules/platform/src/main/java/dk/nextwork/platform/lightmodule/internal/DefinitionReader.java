package dk.nextwork.platform.lightmodule.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.content.SiteListing;
import dk.nextwork.platform.content.PropertyDefinition;
import dk.nextwork.platform.content.PropertyType;
import dk.nextwork.platform.delivery.DeliveryEndpoint;
import dk.nextwork.platform.i18n.Languages;

/** Turns definition files into definitions, or says which line is wrong and why. */
final class DefinitionReader {

    static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9-]{0,62}");
    private static final Pattern TREE_PATH = Pattern.compile("(/[a-z0-9][a-z0-9-]{0,99})+");
    private static final Set<String> LANGUAGES = Set.copyOf(Languages.ALL);
    private static final Set<String> CONTENT_TYPE_KEYS = Set.of("name", "label", "storage", "properties", "site");
    private static final Set<String> SITE_LISTING_KEYS = Set.of("listTemplate", "itemTemplate");
    private static final Set<String> PROPERTY_KEYS = Set.of("name", "type", "localised", "required", "multiple",
            "maxLength", "pattern", "range", "format", "target", "label", "options");
    private static final Set<String> ENDPOINT_KEYS = Set.of("name", "rootPath", "contentTypes", "childTypes", "depth",
            "references", "languages", "limit");
    /** Names the repository or the delivery API use themselves. */
    private static final Set<String> RESERVED = Set.of(ContentType.TYPE_PROPERTY, "published", "publishedAt",
            "created", "modified", "jcr:primaryType");

    private DefinitionReader() {
    }

    static ContentType contentType(String source, String defaultName, String text) throws DefinitionException {
        Map<String, YamlTree> root = YamlTree.parse(source, text).mapping("a content type", CONTENT_TYPE_KEYS);
        String name = name(root, defaultName);
        Map<String, String> label = new LinkedHashMap<>();
        if (root.containsKey("label")) {
            for (Map.Entry<String, YamlTree> entry : root.get("label").mapping("label", LANGUAGES).entrySet()) {
                label.put(entry.getKey(), entry.getValue().text("label." + entry.getKey()));
            }
        }
        String storage = treePath(required(root, "storage", 1), "storage");
        List<PropertyDefinition> properties = new ArrayList<>();
        for (YamlTree item : required(root, "properties", 1).sequence("properties")) {
            PropertyDefinition property = property(item);
            if (properties.stream().anyMatch(p -> p.name().equals(property.name()))) {
                throw new DefinitionException(item.line(), "property '" + property.name() + "' is declared twice");
            }
            properties.add(property);
        }
        Optional<SiteListing> listing = Optional.empty();
        if (root.containsKey("site")) {
            Map<String, YamlTree> site = root.get("site").mapping("site", SITE_LISTING_KEYS);
            listing = Optional.of(new SiteListing(templateName(required(site, "listTemplate", root.get("site").line())),
                    templateName(required(site, "itemTemplate", root.get("site").line()))));
        }
        return new ContentType(name, label, storage, properties, listing, source);
    }

    private static String templateName(YamlTree value) throws DefinitionException {
        String name = value.text("a template");
        if (!name.matches("[a-z][a-z-]{1,30}")) {
            throw new DefinitionException(value.line(), "'" + name + "' is not a template name (lower-case letters and dashes)");
        }
        return name;
    }

    private static PropertyDefinition property(YamlTree item) throws DefinitionException {
        Map<String, YamlTree> map = item.mapping("a property", PROPERTY_KEYS);
        YamlTree nameNode = required(map, "name", item.line());
        String name = nameNode.text("name");
        if (!Pattern.matches("[a-z][a-zA-Z0-9]{0,62}", name) || RESERVED.contains(name)) {
            throw new DefinitionException(nameNode.line(), "property name '" + name
                    + "' must be letters and digits starting with a lower-case letter, and not one of " + RESERVED);
        }
        YamlTree typeNode = required(map, "type", item.line());
        PropertyType type;
        try {
            type = PropertyType.parse(typeNode.text("type"));
        } catch (IllegalArgumentException e) {
            throw new DefinitionException(typeNode.line(), "unknown type '" + typeNode.text("type")
                    + "' (known: string, text, richtext, boolean, long, double, date, link, asset)");
        }
        Optional<Integer> maxLength = Optional.empty();
        if (map.containsKey("maxLength")) {
            requireText(type, map.get("maxLength"), "maxLength");
            maxLength = Optional.of((int) map.get("maxLength").whole("maxLength", 1, 1_000_000));
        }
        Optional<Pattern> pattern = Optional.empty();
        if (map.containsKey("pattern")) {
            requireText(type, map.get("pattern"), "pattern");
            try {
                pattern = Optional.of(Pattern.compile(map.get("pattern").text("pattern")));
            } catch (PatternSyntaxException e) {
                throw new DefinitionException(map.get("pattern").line(), "pattern is not a valid regular expression: "
                        + e.getDescription());
            }
        }
        Optional<Double> min = Optional.empty();
        Optional<Double> max = Optional.empty();
        if (map.containsKey("range")) {
            YamlTree rangeNode = map.get("range");
            if (!type.isNumeric()) {
                throw new DefinitionException(rangeNode.line(), "range applies to long and double properties only");
            }
            Map<String, YamlTree> range = rangeNode.mapping("range", Set.of("min", "max"));
            min = range.containsKey("min") ? Optional.of(range.get("min").number("range.min")) : Optional.empty();
            max = range.containsKey("max") ? Optional.of(range.get("max").number("range.max")) : Optional.empty();
            if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
                throw new DefinitionException(rangeNode.line(), "range.min is greater than range.max");
            }
        }
        Optional<String> format = Optional.empty();
        if (map.containsKey("format")) {
            String given = map.get("format").text("format");
            if (type != PropertyType.RICHTEXT || !(given.equals("markdown") || given.equals("html"))) {
                throw new DefinitionException(map.get("format").line(), "format is markdown or html, for richtext only");
            }
            format = Optional.of(given);
        } else if (type == PropertyType.RICHTEXT) {
            format = Optional.of("markdown");
        }
        Optional<String> target = Optional.empty();
        if (type == PropertyType.LINK) {
            target = Optional.of(required(map, "target", item.line()).text("target"));
        } else if (map.containsKey("target")) {
            throw new DefinitionException(map.get("target").line(), "target applies to link properties only");
        }
        boolean localised = flag(map, "localised");
        if (localised && !type.isText()) {
            throw new DefinitionException(map.get("localised").line(), "only text properties can be localised");
        }
        Map<String, String> label = new LinkedHashMap<>();
        if (map.containsKey("label")) {
            for (Map.Entry<String, YamlTree> entry : map.get("label").mapping("label", LANGUAGES).entrySet()) {
                label.put(entry.getKey(), entry.getValue().text("label." + entry.getKey()));
            }
        }
        List<String> options = List.of();
        if (map.containsKey("options")) {
            if (type != PropertyType.STRING) {
                throw new DefinitionException(map.get("options").line(), "options apply to string properties only");
            }
            options = map.get("options").texts("options");
            if (options.isEmpty()) {
                throw new DefinitionException(map.get("options").line(), "options lists at least one value");
            }
        }
        return new PropertyDefinition(name, type, localised, flag(map, "required"), flag(map, "multiple"),
                maxLength, pattern, min, max, format, target, label, options);
    }

    static DeliveryEndpoint endpoint(String source, String defaultName, String text) throws DefinitionException {
        Map<String, YamlTree> root = YamlTree.parse(source, text).mapping("a delivery endpoint", ENDPOINT_KEYS);
        String name = name(root, defaultName);
        String rootPath = treePath(required(root, "rootPath", 1), "rootPath");
        List<String> contentTypes = required(root, "contentTypes", 1).texts("contentTypes");
        List<String> childTypes = root.containsKey("childTypes") ? root.get("childTypes").texts("childTypes") : contentTypes;
        int depth = root.containsKey("depth") ? (int) root.get("depth").whole("depth", 0, 5) : 1;
        List<String> references = root.containsKey("references")
                ? root.get("references").texts("references") : List.of();
        List<String> languages = root.containsKey("languages")
                ? root.get("languages").texts("languages") : Languages.ALL;
        for (String language : languages) {
            if (!LANGUAGES.contains(language)) {
                throw new DefinitionException(root.get("languages").line(), "language '" + language
                        + "' is not supported (supported: da, en)");
            }
        }
        int defaultLimit = 10;
        int maxLimit = 100;
        if (root.containsKey("limit")) {
            Map<String, YamlTree> limit = root.get("limit").mapping("limit", Set.of("default", "max"));
            maxLimit = limit.containsKey("max") ? (int) limit.get("max").whole("limit.max", 1, 1000) : maxLimit;
            defaultLimit = limit.containsKey("default")
                    ? (int) limit.get("default").whole("limit.default", 1, maxLimit) : Math.min(defaultLimit, maxLimit);
        }
        return new DeliveryEndpoint(name, rootPath, contentTypes, childTypes, depth, references, languages, defaultLimit,
                maxLimit, source);
    }

    private static String name(Map<String, YamlTree> root, String defaultName) throws DefinitionException {
        String name = root.containsKey("name") ? root.get("name").text("name") : defaultName;
        if (!NAME.matcher(name).matches()) {
            int line = root.containsKey("name") ? root.get("name").line() : 1;
            throw new DefinitionException(line, "name '" + name + "' must be letters, digits and dashes, "
                    + "starting with a lower-case letter");
        }
        return name;
    }

    private static String treePath(YamlTree node, String what) throws DefinitionException {
        String path = node.text(what);
        if (!TREE_PATH.matcher(path).matches()) {
            throw new DefinitionException(node.line(), what + " '" + path + "' must be an absolute repository path "
                    + "of lower-case names, such as /partners");
        }
        return path;
    }

    private static YamlTree required(Map<String, YamlTree> map, String key, int line) throws DefinitionException {
        YamlTree value = map.get(key);
        if (value == null) {
            throw new DefinitionException(line, "'" + key + "' is required");
        }
        return value;
    }

    private static boolean flag(Map<String, YamlTree> map, String key) throws DefinitionException {
        return map.containsKey(key) && map.get(key).bool(key);
    }

    private static void requireText(PropertyType type, YamlTree node, String what) throws DefinitionException {
        if (!type.isText()) {
            throw new DefinitionException(node.line(), what + " applies to text properties only");
        }
    }
}
