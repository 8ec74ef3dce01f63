package dk.nextwork.site.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.nextwork.dam.Asset;
import dk.nextwork.dam.Assets;
import dk.nextwork.platform.i18n.Languages;
import dk.nextwork.platform.lightmodule.Definitions;

/**
 * The components on a page: its published child nodes that are not pages (text, image, call to
 * action, trait explainer, …), in node order. A component is shown by the template named after
 * its content type, {@code components/<type>.ftl}; one whose template, image or link target is
 * missing is left out rather than shown broken.
 */
final class Components {

    private static final Logger LOG = LoggerFactory.getLogger(Components.class);

    private final Definitions definitions;
    private final Assets assets;
    private final SiteLinks links;
    private final Predicate<String> templateExists;

    Components(Definitions definitions, Assets assets, SiteLinks links, Predicate<String> templateExists) {
        this.definitions = definitions;
        this.assets = assets;
        this.links = links;
        this.templateExists = templateExists;
    }

    /** Each component's content in the language, plus {@code type} and {@code template}. */
    List<Map<String, Object>> of(Node page, String language) throws RepositoryException {
        List<Map<String, Object>> components = new ArrayList<>();
        for (NodeIterator children = page.getNodes(); children.hasNext(); ) {
            Node child = children.nextNode();
            Optional<String> type = Content.text(child, "contentType", Languages.DEFAULT);
            if (type.isEmpty() || type.get().equals("page") || !Content.isPublished(child)) {
                continue;
            }
            String template = "components/" + type.get() + ".ftl";
            if (!templateExists.test(template)) {
                LOG.debug("No template {} for the component {}", template, child.getPath());
                continue;
            }
            Map<String, Object> component = Content.asMap(child, language);
            component.put("type", type.get());
            component.put("template", template);
            if (resolveImage(component) && resolveLink(child.getSession(), component, language)) {
                components.add(component);
            }
        }
        return components;
    }

    /**
     * An image's address ({@code src}; for a DAM asset also {@code srcset}, {@code width} and
     * {@code height}); false when the image is not there.
     */
    private boolean resolveImage(Map<String, Object> component) {
        if (!(component.get("image") instanceof String image)) {
            return true;
        }
        if (image.startsWith(Assets.REFERENCE_PREFIX)) {
            Optional<Asset> asset = assets.referenced(image).filter(a -> a.type().isImage());
            if (asset.isEmpty()) {
                LOG.warn("The asset {} is not in the DAM (or not an image); its component is not shown", image);
                return false;
            }
            Asset found = asset.get();
            component.put("src", links.contextPath() + Assets.url(found, 960));
            StringBuilder srcset = new StringBuilder();
            for (int width : found.renditions()) {
                srcset.append(links.contextPath()).append(Assets.url(found, "w" + width)).append(' ').append(width).append("w, ");
            }
            srcset.append(links.contextPath()).append(Assets.url(found, "original")).append(' ').append(found.width()).append('w');
            component.put("srcset", srcset.toString());
            component.put("width", found.width());
            component.put("height", found.height());
            return true;
        }
        int slash = image.indexOf('/');
        if (slash < 1 || image.contains("..")) {
            return false;
        }
        String module = image.substring(0, slash);
        String path = image.substring(slash + 1);
        if (definitions.file(module, "webresources/" + path).isEmpty()) {
            LOG.warn("The image {} is not in the light modules; its component is not shown", image);
            return false;
        }
        component.put("src", links.resource(module, path));
        return true;
    }

    /** A link's site address ({@code href}); false when it leads to no page a visitor can open. */
    private boolean resolveLink(Session session, Map<String, Object> component, String language)
            throws RepositoryException {
        if (!(component.get("link") instanceof String target)) {
            return true;
        }
        Optional<String> pagePath = Content.sitePagePath(session, target);
        pagePath.ifPresent(path -> component.put("href", links.to(language, path)));
        return pagePath.isPresent();
    }
}
