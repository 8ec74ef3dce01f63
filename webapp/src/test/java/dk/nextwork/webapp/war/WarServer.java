package dk.nextwork.webapp.war;

import java.nio.file.Path;

import org.eclipse.jetty.ee.webapp.WebAppClassLoading;
import org.eclipse.jetty.ee10.annotations.AnnotationConfiguration;
import org.eclipse.jetty.ee10.plus.webapp.EnvConfiguration;
import org.eclipse.jetty.ee10.plus.webapp.PlusConfiguration;
import org.eclipse.jetty.ee10.servlet.DecoratingListener;
import org.eclipse.jetty.ee10.webapp.Configuration;
import org.eclipse.jetty.ee10.webapp.FragmentConfiguration;
import org.eclipse.jetty.ee10.webapp.JettyWebXmlConfiguration;
import org.eclipse.jetty.ee10.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.ee10.webapp.WebInfConfiguration;
import org.eclipse.jetty.ee10.webapp.WebXmlConfiguration;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketConfiguration;
import org.eclipse.jetty.server.Server;

/**
 * A plain Servlet 6 container for the WAR, run in its own JVM with nothing but Jetty on its class
 * path: the WAR brings everything else, as it must in any container. The configurations are those
 * of Jetty's {@code ee10-annotations} and {@code ee10-plus} modules, and CDI decoration is switched
 * on the way its {@code ee10-cdi-decorate} module does it.
 */
public final class WarServer {

    private WarServer() {
    }

    public static void main(String[] args) throws Exception {
        Path war = Path.of(args[0]);
        Server server = new Server(Integer.parseInt(args[1]));
        WebAppContext context = new WebAppContext();
        context.setContextPath("/");
        context.setWar(war.toString());
        context.setThrowUnavailableOnStartupException(true);
        context.setConfigurations(new Configuration[] {
            new WebInfConfiguration(), new WebXmlConfiguration(), new MetaInfConfiguration(),
            new FragmentConfiguration(), new EnvConfiguration(), new PlusConfiguration(),
            new AnnotationConfiguration(), new JakartaWebSocketConfiguration(), new JettyWebXmlConfiguration()});
        context.setAttribute("org.eclipse.jetty.cdi", "CdiDecoratingListener");
        context.addEventListener(new DecoratingListener(context, "org.eclipse.jetty.cdi.decorator"));
        // The servlets and listeners that Jetty's webdefault-ee10.xml declares, as its ee10 environment exposes them.
        WebAppClassLoading.addHiddenClasses(server, "-org.eclipse.jetty.ee10.servlet.listener.",
                "-org.eclipse.jetty.ee10.servlet.DefaultServlet", "-org.eclipse.jetty.ee10.servlet.NoJspServlet");
        server.setHandler(context);
        server.setStopAtShutdown(true);
        server.start();
        System.out.println("WAR deployed on port " + args[1]);
        server.join();
    }
}
