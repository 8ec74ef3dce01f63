package dk.nextwork.shell;

import java.util.List;

/**
 * How a module adds its views to the application's navigation: a CDI bean of this type in the
 * module's bean archive.
 */
public interface NavigationContribution {

    List<NavigationItem> items();
}
