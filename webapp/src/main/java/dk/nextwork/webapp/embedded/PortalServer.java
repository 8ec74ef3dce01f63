package dk.nextwork.webapp.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;

import org.eclipse.jetty.ee10.annotations.AnnotationConfiguration;
import org.eclipse.jetty.ee10.servlet.DecoratingListener;
import org.eclipse.jetty.ee10.webapp.Configuration;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.ee10.webapp.FragmentConfiguration;
import org.eclipse.jetty.ee10.webapp.JettyWebXmlConfiguration;
import org.eclipse.jetty.ee10.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.ee10.webapp.WebInfConfiguration;
import org.eclipse.jetty.ee10.webapp.WebXmlConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ClassMatcher;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import dk.nextwork.platform.config.PlatformSettings;
import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.module.ModuleDescriptor;
import dk.nextwork.platform.runtime.PlatformLifecycle;

/**
 * The portal on embedded Jetty 12 (ee10): one web application whose classes come from the class
 * path, scanned for servlet initializers and annotations as a WAR's would be, with CDI (Weld)
 * decorating servlets, filters and listeners.
 */
public final class PortalServer {

    /** Vaadin's own jars (error views, service implementations) and class folders (a module built in place). */
    private static final String VAADIN_AND_CLASS_FOLDERS = ".*/classes/.*|.*/(flow|vaadin)-[^/]*\\.jar";

    private PortalServer() {
    }

    public static Server create(PortalConfiguration configuration) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("nextwork-http");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false); // no "Server: Jetty(12…)" telling what to attack
        if (configuration.get(PlatformSettings.BEHIND_PROXY)) {
            // the client's address (sign-in back-off, audit) and https come from the proxy's headers
            http.addCustomizer(new ForwardedRequestCustomizer());
        }
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setPort(configuration.get(PlatformSettings.PORT));
        server.addConnector(connector);

        WebAppContext context = new WebAppContext();
        context.setContextPath("/");
        Path webRoot = Files.createTempDirectory("nextwork-webroot");
        webRoot.toFile().deleteOnExit();
        context.setBaseResource(ResourceFactory.of(context).newResource(webRoot));
        configure(context, configuration);

        server.setHandler(context);
        server.setErrorHandler(new PortalServerErrors());
        server.setStopAtShutdown(true);
        server.setStopTimeout(10_000);
        return server;
    }

    /** Everything the portal needs from its web application context, wherever that context comes from. */
    public static void configure(WebAppContext context, PortalConfiguration configuration) {
        context.setParentLoaderPriority(true);
        context.setThrowUnavailableOnStartupException(true);
        context.setConfigurations(new Configuration[] {
            new WebInfConfiguration(), new WebXmlConfiguration(), new MetaInfConfiguration(),
            new FragmentConfiguration(), new AnnotationConfiguration(), new JettyWebXmlConfiguration()});
        // Scan, as if they were WEB-INF/lib, the jars whose annotated classes the servlet initializers need:
        // the portal's modules (routes, servlets), known by their descriptor, and Vaadin's own.
        // Scanning all 160-odd jars would double the start-up time for nothing.
        context.setAttribute(MetaInfConfiguration.CONTAINER_JAR_PATTERN,
                scannedClassPath(PortalServer.class.getClassLoader()));
        // CDI without jetty-ee10-cdi (not served for 12.1): Weld finds this and decorates through it.
        context.setAttribute("org.eclipse.jetty.cdi", "CdiDecoratingListener");
        context.addEventListener(new DecoratingListener(context, "org.eclipse.jetty.cdi.decorator"));
        // Embedded, Jetty and the portal share one class path, so hiding server classes protects nothing; and
        // Weld (Jetty's JNDI factory), vaadin-cdi and webdefault-ee10.xml all need some of them.
        context.setHiddenClassMatcher(new ClassMatcher());
        context.setAttribute(PlatformLifecycle.CONFIGURATION_ATTRIBUTE, configuration);
        // Vaadin Push over WebSocket: the Jakarta WebSocket container, which is not found by scanning here
        // (without it Atmosphere falls back to long polling and says nothing)
        JakartaWebSocketServletContainerInitializer.configure(context, null);
    }

    /**
     * The pattern of the class path entries Jetty scans: Vaadin's jars, class folders, the portal's
     * own jar (its servlets), and every jar that carries a module descriptor
     * ({@link ModuleDescriptor#RESOURCE}), so that a module is scanned whatever its jar is called.
     */
    static String scannedClassPath(ClassLoader loader) {
        StringBuilder pattern = new StringBuilder(VAADIN_AND_CLASS_FOLDERS);
        String own = PortalServer.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        if (own.endsWith(".jar")) {
            pattern.append("|.*/").append(Pattern.quote(own.substring(own.lastIndexOf('/') + 1)));
        }
        try {
            for (URL descriptor : Collections.list(loader.getResources(ModuleDescriptor.RESOURCE))) {
                String path = descriptor.getPath(); // file:/…/name.jar!/META-INF/nextwork/module.yaml
                int end = path.indexOf("!/");
                if ("jar".equals(descriptor.getProtocol()) && end > 0) {
                    pattern.append("|.*/").append(Pattern.quote(path.substring(path.lastIndexOf('/', end) + 1, end)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The modules on the class path cannot be listed", e);
        }
        return pattern.toString();
    }

    /**
     * With {@code java -jar}, the JVM reads the manifest's Class-Path but reports only the jar in
     * {@code java.class.path}, which is what Jetty scans: spell the libraries out.
     */
    static void exposeManifestClassPath() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return;
        }
        File jar = new File(classPath).getAbsoluteFile();
        File[] libraries = new File(jar.getParentFile(), "lib").listFiles((dir, name) -> name.endsWith(".jar"));
        if (libraries == null) {
            return;
        }
        StringBuilder expanded = new StringBuilder(jar.getPath());
        for (File library : libraries) {
            expanded.append(File.pathSeparator).append(library.getPath());
        }
        System.setProperty("java.class.path", expanded.toString());
    }
}
