package dk.nextwork.archexample.ui;

import javax.jcr.RepositoryException;

import dk.nextwork.archexample.PublicService;

/** A view of the example module that wraps the checked repository exception, as views must not. */
public class WrappingView {

    public static String title() {
        try {
            return PublicService.checked();
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }
}
