package dk.nextwork.platform.lightmodule;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.delivery.DeliveryEndpoint;

/**
 * The definitions that light modules currently provide: the last valid version of each, and the
 * problems of files that could not be used. Changes on disk are picked up while running.
 */
public interface Definitions {

    Optional<ContentType> contentType(String name);

    Collection<ContentType> contentTypes();

    Optional<DeliveryEndpoint> endpoint(String name);

    Collection<DeliveryEndpoint> endpoints();

    List<DefinitionProblem> problems();

    /** Templates, dialogs, i18n bundles and webresources of the light modules, as "folder/module/path". */
    List<String> resources();

    /**
     * A file of a light module, {@code path} relative to the module's folder (such as
     * {@code templates/pages/article.ftl}): the light-modules folder's own when it has one, else
     * the one a jar ships. Empty for a module or path that is not there, or a path that would
     * leave the module.
     */
    Optional<Path> file(String module, String path);

    /** The light modules found, by name. */
    Collection<String> modules();

    /** Grows with every change, so that anything derived from the definitions can tell it is stale. */
    long generation();
}
