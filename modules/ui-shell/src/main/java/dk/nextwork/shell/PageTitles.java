package dk.nextwork.shell;

import dk.nextwork.platform.config.ProductName;

/** A view's browser title: what the page is, then the product's name (declared by the product, not by each view). */
public final class PageTitles {

    private PageTitles() {
    }

    public static String of(String page) {
        return page + " · " + ProductName.current();
    }
}
