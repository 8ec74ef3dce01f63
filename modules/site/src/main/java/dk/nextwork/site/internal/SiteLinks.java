package dk.nextwork.site.internal;

/** Links within the site and to light-module files, behind the web application's context path. */
record SiteLinks(String contextPath) {

    String to(String language, String pagePath) {
        return contextPath + SiteAddress.url(language, pagePath);
    }

    String to(SiteAddress address) {
        return contextPath + address.url();
    }

    /** A file in a light module's webresources folder. */
    String resource(String module, String path) {
        return contextPath + "/.resources/" + module + "/webresources/" + path;
    }
}
