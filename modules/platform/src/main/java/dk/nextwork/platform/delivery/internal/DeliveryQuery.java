package dk.nextwork.platform.delivery.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.ValueFactory;
import javax.jcr.query.Query;

import dk.nextwork.platform.content.ContentService;
import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.content.PropertyDefinition;
import dk.nextwork.platform.content.PropertyType;
import dk.nextwork.platform.delivery.DeliveryEndpoint;
import dk.nextwork.platform.repository.JcrValues;

/**
 * A list request of the delivery API, checked parameter by parameter and turned into a JCR-SQL2
 * query. User input only ever reaches the query as bound values; property names are accepted
 * only when the content type declares them, so nothing a client sends can change the query's
 * shape or reach outside the endpoint's tree.
 */
final class DeliveryQuery {

    static final int MAX_OFFSET = 100_000;
    private static final int MAX_IN_VALUES = 20;
    private static final Pattern FILTER = Pattern.compile("([a-zA-Z][a-zA-Z0-9]{0,62})(?:\\[([a-z]{2,5})\\])?");
    private static final Pattern ORDER = Pattern.compile("([a-zA-Z][a-zA-Z0-9]{0,62})(?:\\s+(asc|desc))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final List<String> RESERVED = List.of("lang", "offset", "limit", "orderBy", "q");

    enum Operator { EQ, NE, LT, LTE, GT, GTE, LIKE, IN, NULL }

    record Filter(String storedName, PropertyType type, Operator operator, List<Object> values) {
    }

    final DeliveryEndpoint endpoint;
    final String language;
    final int offset;
    final int limit;
    final List<Filter> filters;
    final String orderBy;
    final boolean descending;
    final List<String> words;

    private DeliveryQuery(DeliveryEndpoint endpoint, String language, int offset, int limit, List<Filter> filters,
                          String orderBy, boolean descending, List<String> words) {
        this.endpoint = endpoint;
        this.language = language;
        this.offset = offset;
        this.limit = limit;
        this.filters = filters;
        this.orderBy = orderBy;
        this.descending = descending;
        this.words = words;
    }

    /** The language asked for (or the endpoint's default), checked against the endpoint's languages. */
    static String language(DeliveryEndpoint endpoint, Map<String, String> parameters) throws BadParameterException {
        String language = parameters.getOrDefault("lang", endpoint.defaultLanguage());
        if (!endpoint.languages().contains(language)) {
            throw new BadParameterException("lang", "must be one of " + String.join(", ", endpoint.languages()));
        }
        return language;
    }

    static DeliveryQuery parse(DeliveryEndpoint endpoint, List<ContentType> types, Map<String, String> parameters)
            throws BadParameterException {
        String language = language(endpoint, parameters);
        int offset = number(parameters, "offset", 0, 0, MAX_OFFSET);
        int limit = number(parameters, "limit", endpoint.defaultLimit(), 1, endpoint.maxLimit());
        Map<String, PropertyDefinition> properties = propertiesOf(types);
        List<Filter> filters = new ArrayList<>();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (!RESERVED.contains(parameter.getKey())) {
                filters.add(filter(parameter.getKey(), parameter.getValue(), properties, language));
            }
        }
        String orderBy = "jcr:path";
        boolean descending = false;
        if (parameters.containsKey("orderBy")) {
            Matcher order = ORDER.matcher(parameters.get("orderBy").trim());
            PropertyDefinition property = order.matches() ? properties.get(order.group(1)) : null;
            if (property == null || property.multiple()) {
                throw new BadParameterException("orderBy", "must be a single-valued property of "
                        + typeNames(types) + ", optionally followed by asc or desc");
            }
            orderBy = property.storedName(language);
            descending = order.group(2) != null && order.group(2).equalsIgnoreCase("desc");
        }
        List<String> words = new ArrayList<>();
        if (parameters.containsKey("q")) {
            Matcher word = WORD.matcher(parameters.get("q"));
            while (word.find() && words.size() < 10) {
                words.add(word.group().toLowerCase(Locale.ROOT));
            }
            if (words.isEmpty()) {
                throw new BadParameterException("q", "must contain at least one word");
            }
        }
        return new DeliveryQuery(endpoint, language, offset, limit, filters, orderBy, descending, words);
    }

    private static int number(Map<String, String> parameters, String name, int fallback, int min, int max)
            throws BadParameterException {
        String text = parameters.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadParameterException(name, "must be a whole number from " + min + " to " + max);
    }

    private static Map<String, PropertyDefinition> propertiesOf(List<ContentType> types) {
        Map<String, PropertyDefinition> properties = new LinkedHashMap<>();
        for (ContentType type : types) {
            type.properties().forEach(property -> properties.putIfAbsent(property.name(), property));
        }
        for (String date : List.of(ContentService.CREATED, ContentService.MODIFIED, ContentService.PUBLISHED_AT)) {
            properties.putIfAbsent(date, new PropertyDefinition(date, PropertyType.DATE, false, false, false,
                    java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()));
        }
        return properties;
    }

    private static Filter filter(String parameter, String text, Map<String, PropertyDefinition> properties,
                                 String language) throws BadParameterException {
        Matcher matcher = FILTER.matcher(parameter);
        PropertyDefinition property = matcher.matches() ? properties.get(matcher.group(1)) : null;
        if (property == null) {
            throw new BadParameterException(parameter, "is not a parameter of this endpoint: use lang, offset, "
                    + "limit, orderBy, q or a property (" + String.join(", ", properties.keySet()) + ")");
        }
        Operator operator;
        try {
            operator = matcher.group(2) == null ? Operator.EQ : Operator.valueOf(matcher.group(2).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(parameter, "unknown operator; use eq, ne, lt, lte, gt, gte, like, in or null");
        }
        PropertyType type = property.type();
        List<Object> values = new ArrayList<>();
        switch (operator) {
            case NULL -> {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new BadParameterException(parameter, "must be true or false");
                }
                values.add(Boolean.parseBoolean(text));
            }
            case LIKE -> {
                if (!type.isText()) {
                    throw new BadParameterException(parameter, "like applies to text properties only");
                }
                if (text.isBlank()) {
                    throw new BadParameterException(parameter, "must not be empty");
                }
                values.add(text);
            }
            case IN -> {
                String[] items = text.split("\\|", -1);
                if (items.length > MAX_IN_VALUES) {
                    throw new BadParameterException(parameter, "at most " + MAX_IN_VALUES + " values");
                }
                for (String item : items) {
                    values.add(value(parameter, type, item));
                }
            }
            case LT, LTE, GT, GTE -> {
                if (type == PropertyType.BOOLEAN) {
                    throw new BadParameterException(parameter, "comparisons do not apply to true/false properties");
                }
                values.add(value(parameter, type, text));
            }
            default -> values.add(value(parameter, type, text));
        }
        return new Filter(property.storedName(language), type, operator, values);
    }

    private static Object value(String parameter, PropertyType type, String text) throws BadParameterException {
        try {
            return switch (type) {
                case LONG -> Long.parseLong(text);
                case DOUBLE -> Double.parseDouble(text);
                case BOOLEAN -> {
                    if (!text.equals("true") && !text.equals("false")) {
                        throw new NumberFormatException();
                    }
                    yield Boolean.parseBoolean(text);
                }
                case DATE -> JcrValues.utc(Instant.parse(text));
                default -> text;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new BadParameterException(parameter, "'" + abbreviate(text) + "' is not a valid "
                    + type.name().toLowerCase(Locale.ROOT) + (type == PropertyType.DATE ? " (e.g. 2026-03-01T00:00:00Z)" : ""));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static String typeNames(List<ContentType> types) {
        return String.join(", ", types.stream().map(ContentType::name).toList());
    }

    /**
     * The JCR-SQL2 statement with bound values; {@code extra} more rows than the limit are fetched.
     * With search words the page is cut later, after the words are matched, so every row comes back.
     */
    Query toQuery(Session session, List<String> typeNames, int extra) throws RepositoryException {
        StringBuilder sql = new StringBuilder("SELECT * FROM [nt:unstructured] AS n WHERE ISDESCENDANTNODE(n, [")
                .append(endpoint.rootPath()).append("]) AND n.[published] = true AND (");
        Map<String, Object> bindings = new LinkedHashMap<>();
        for (int i = 0; i < typeNames.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append("n.[contentType] = $t").append(i);
            bindings.put("t" + i, typeNames.get(i));
        }
        sql.append(')');
        int next = 0;
        for (Filter filter : filters) {
            String column = "n.[" + filter.storedName() + "]";
            switch (filter.operator()) {
                case NULL -> sql.append(" AND ").append(column)
                        .append((Boolean) filter.values().get(0) ? " IS NULL" : " IS NOT NULL");
                case LIKE -> {
                    sql.append(" AND LOWER(").append(column).append(") LIKE $v").append(next);
                    bindings.put("v" + next++, "%" + escapeLike(((String) filter.values().get(0))
                            .toLowerCase(Locale.ROOT)) + "%");
                }
                case IN -> {
                    sql.append(" AND (");
                    for (int i = 0; i < filter.values().size(); i++) {
                        sql.append(i == 0 ? "" : " OR ").append(column).append(" = $v").append(next);
                        bindings.put("v" + next++, filter.values().get(i));
                    }
                    sql.append(')');
                }
                default -> {
                    sql.append(" AND ").append(column).append(switch (filter.operator()) {
                        case NE -> " <> ";
                        case LT -> " < ";
                        case LTE -> " <= ";
                        case GT -> " > ";
                        case GTE -> " >= ";
                        default -> " = ";
                    }).append("$v").append(next);
                    bindings.put("v" + next++, filter.values().get(0));
                }
            }
        }
        sql.append(" ORDER BY n.[").append(orderBy).append(descending ? "] DESC" : "] ASC");
        Query query = session.getWorkspace().getQueryManager().createQuery(sql.toString(), Query.JCR_SQL2);
        ValueFactory factory = session.getValueFactory();
        for (Map.Entry<String, Object> binding : bindings.entrySet()) {
            query.bindValue(binding.getKey(), JcrValues.toValue(factory, binding.getValue()));
        }
        if (words.isEmpty()) {
            query.setOffset(offset);
            query.setLimit(limit + (long) extra);
        }
        return query;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
