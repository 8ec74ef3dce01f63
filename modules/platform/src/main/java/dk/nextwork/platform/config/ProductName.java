package dk.nextwork.platform.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * The name of the product the platform runs as, in the texts people read: the error page, the
 * delivery API's description, start-up failures. The platform has no brand of its own: the
 * product's assembly (the web application) declares its name once, as {@code name=…} in
 * {@value #DECLARATION} on the class path. Without a declaration the platform calls itself
 * {@value #NEUTRAL}. Technical names (servlets, {@code nextwork.properties}, packages) are
 * contracts and do not follow it.
 */
public final class ProductName {

    public static final String DECLARATION = "META-INF/nextwork/product.properties";
    public static final String NEUTRAL = "portal";

    private static volatile String current;

    private ProductName() {
    }

    /** The name declared on the class path the platform is loaded from; read once. */
    public static String current() {
        String name = current;
        if (name == null) {
            name = of(ProductName.class.getClassLoader());
            current = name;
        }
        return name;
    }

    /**
     * The name declared on a class loader's path, or {@value #NEUTRAL} without a declaration. A
     * declaration without a name, or two that name different products, is a packaging mistake and
     * refused.
     */
    public static String of(ClassLoader classLoader) {
        List<String> names = new ArrayList<>();
        List<URL> declarations;
        try {
            declarations = Collections.list(classLoader.getResources(DECLARATION));
        } catch (IOException e) {
            throw new IllegalStateException("The product's name cannot be read: " + e.getMessage(), e);
        }
        for (URL declaration : declarations) {
            String name = read(declaration);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        if (names.size() > 1) {
            throw new IllegalStateException("The product's name is declared differently in " + declarations + ": "
                    + names + "; only the product's assembly declares it");
        }
        return names.isEmpty() ? NEUTRAL : names.get(0);
    }

    private static String read(URL declaration) {
        Properties properties = new Properties();
        try (InputStream in = declaration.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(declaration + " cannot be read: " + e.getMessage(), e);
        }
        String name = properties.getProperty("name", "").strip();
        if (name.isEmpty()) {
            throw new IllegalStateException(declaration + " declares no name (name=…)");
        }
        return name;
    }
}
