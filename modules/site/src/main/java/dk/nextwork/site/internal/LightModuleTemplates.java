package dk.nextwork.site.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import freemarker.cache.TemplateLoader;

import dk.nextwork.platform.lightmodule.Definitions;

/**
 * FreeMarker's templates from a light module's {@code templates/} folder, wherever the module
 * is: the light-modules folder on disk, or else the jar that ships it.
 */
final class LightModuleTemplates implements TemplateLoader {

    private final Definitions definitions;
    private final String module;

    LightModuleTemplates(Definitions definitions, String module) {
        this.definitions = definitions;
        this.module = module;
    }

    @Override
    public Object findTemplateSource(String name) {
        return definitions.file(module, "templates/" + name).orElse(null);
    }

    @Override
    public long getLastModified(Object source) {
        try {
            return Files.getLastModifiedTime((Path) source).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return Files.newBufferedReader((Path) source, Charset.forName(encoding));
    }

    @Override
    public void closeTemplateSource(Object source) {
        // nothing is held open between calls
    }
}
