package dk.nextwork.site.internal;

import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.platform.i18n.Languages;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

import dk.nextwork.platform.content.Markdown;
import dk.nextwork.platform.repository.JcrValues;

/** Reading published content for templates: one language, English falling back to Danish. */
final class Content {

    /**
     * Properties holding Markdown that templates get as HTML too, under {@code <name>Html}, with
     * the heading level the text's own headings start at where the templates show it.
     */
    private static final Map<String, Integer> MARKDOWN = Map.of("body", 2, "story", 2, "placement", 3,
            "explanation", 4);

    private Content() {
    }

    static boolean isPublished(Node node) throws RepositoryException {
        return node.hasProperty("published") && node.getProperty("published").getBoolean();
    }

    static boolean isOfType(Node node, String type) throws RepositoryException {
        return text(node, "contentType", Languages.DEFAULT).filter(type::equals).isPresent();
    }

    /** Whether a page is on the public site: it and every page above it are published. */
    static boolean isVisiblePage(Node node) throws RepositoryException {
        Node page = node;
        while (isPublished(page) && isOfType(page, "page")) {
            if (page.getPath().equals(SiteAddress.SITE_ROOT)) {
                return true;
            }
            if (!page.getPath().startsWith(SiteAddress.SITE_ROOT + "/")) {
                return false;
            }
            page = page.getParent();
        }
        return false;
    }

    /** A visible page's path below the site root ("" for the front page), from its repository path. */
    static Optional<String> sitePagePath(Session session, String path) throws RepositoryException {
        boolean inSite = path.equals(SiteAddress.SITE_ROOT) || path.startsWith(SiteAddress.SITE_ROOT + "/");
        if (!inSite || !session.nodeExists(path) || !isVisiblePage(session.getNode(path))) {
            return Optional.empty();
        }
        return Optional.of(path.substring(SiteAddress.SITE_ROOT.length()).replaceFirst("^/", ""));
    }

    static boolean flag(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) && node.getProperty(name).getBoolean();
    }

    static Optional<String> text(Node node, String name, String language) throws RepositoryException {
        String localised = language.equals("en") ? name + "_en" : name;
        if (node.hasProperty(localised) && !node.getProperty(localised).isMultiple()) {
            return Optional.of(node.getProperty(localised).getString());
        }
        if (node.hasProperty(name) && !node.getProperty(name).isMultiple()) {
            return Optional.of(node.getProperty(name).getString());
        }
        return Optional.empty();
    }

    static String title(Node node, String language) throws RepositoryException {
        return text(node, "title", language).or(() -> {
            try {
                return text(node, "name", language);
            } catch (RepositoryException e) {
                return Optional.empty();
            }
        }).orElse(node.getName());
    }

    /**
     * Every property in the language (dates as ISO text), plus rendered Markdown, {@code title} and
     * {@code nodeName}. Each date property also comes as words in the language, under
     * {@code <name>Text} ("4. jan. 2027", "4 Jan 2027"; several dates as the language lists them),
     * by the platform's {@link Formats}: templates show those, never the ISO text.
     */
    static Map<String, Object> asMap(Node node, String language) throws RepositoryException {
        Map<String, Object> map = new LinkedHashMap<>();
        Map<String, Object> dateTexts = new LinkedHashMap<>();
        Locale locale = Languages.locale(language);
        for (PropertyIterator properties = node.getProperties(); properties.hasNext(); ) {
            Property property = properties.nextProperty();
            String name = property.getName();
            if (name.contains(":") || name.endsWith("_en")) {
                continue;
            }
            if (property.isMultiple()) {
                List<Object> values = new ArrayList<>();
                List<java.time.Instant> dates = new ArrayList<>();
                for (Value value : property.getValues()) {
                    values.add(plain(value));
                    if (value.getType() == javax.jcr.PropertyType.DATE) {
                        dates.add(value.getDate().toInstant());
                    }
                }
                map.put(name, values);
                if (!dates.isEmpty()) {
                    dateTexts.put(name + "Text", Formats.list(dates.stream()
                            .map(date -> Formats.date(date, locale)).toList(), locale));
                }
            } else {
                Value value = localisedValue(node, name, language);
                map.put(name, plain(value));
                if (value.getType() == javax.jcr.PropertyType.DATE) {
                    dateTexts.put(name + "Text", Formats.date(value.getDate().toInstant(), locale));
                }
            }
        }
        dateTexts.forEach(map::putIfAbsent);
        for (Map.Entry<String, Integer> markdown : MARKDOWN.entrySet()) {
            if (map.get(markdown.getKey()) instanceof String text) {
                map.put(markdown.getKey() + "Html", Markdown.toHtml(text, markdown.getValue()));
            }
        }
        map.put("title", title(node, language));
        map.put("nodeName", node.getName());
        return map;
    }

    private static Value localisedValue(Node node, String name, String language) throws RepositoryException {
        String english = name + "_en";
        if (language.equals("en") && node.hasProperty(english) && !node.getProperty(english).isMultiple()) {
            return node.getProperty(english).getValue();
        }
        return node.getProperty(name).getValue();
    }

    private static Object plain(Value value) throws RepositoryException {
        Object java = JcrValues.toJava(value);
        return java instanceof Calendar date ? date.toInstant().toString() : java;
    }
}
