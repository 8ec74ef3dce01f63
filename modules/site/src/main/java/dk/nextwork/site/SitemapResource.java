package dk.nextwork.site;

import dk.nextwork.platform.rest.Public;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import dk.nextwork.platform.config.PlatformSettings;
import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.site.internal.SiteRenderer;

/** {@code /sitemap.xml} (every published page in Danish and English, with hreflang links) and {@code /robots.txt}. */
@Path("")
@RequestScoped
@Public
public class SitemapResource {

    @Inject
    SiteRenderer site;

    @Inject
    PortalConfiguration configuration;

    /** The site's address from the configuration, never from the request's Host header (a shared cache keeps what it is told). */
    private String base() {
        return PlatformSettings.publicUrl(configuration);
    }

    @GET
    @Path("sitemap.xml")
    @Produces("application/xml; charset=utf-8")
    public String sitemap() {
        String base = base();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        List<String> paths = site.pagePaths();
        for (String path : paths) {
            String danish = base + "/" + path;
            String english = base + "/en/" + path;
            for (String location : List.of(danish, english)) {
                xml.append("  <url><loc>").append(location).append("</loc>")
                        .append("<xhtml:link rel=\"alternate\" hreflang=\"da\" href=\"").append(danish).append("\"/>")
                        .append("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"").append(english).append("\"/>")
                        .append("</url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    @GET
    @Path("robots.txt")
    @Produces("text/plain; charset=utf-8")
    public String robots() {
        String base = base();
        return "User-agent: *\nDisallow: /app/\nDisallow: /.rest/\nDisallow: /api/\n\nSitemap: " + base + "/sitemap.xml\n";
    }
}
