package dk.nextwork.archexample;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

/** The example module's API, for the architecture rules' own test: any module may use it. */
public class PublicService {

    public static String answer() {
        return "public";
    }

    /** Builds a component in a service: the rules refuse it. */
    public static com.vaadin.flow.component.html.Span label() {
        return new com.vaadin.flow.component.html.Span(answer());
    }

    /** Declares the checked exception without handing over anything of JCR: the rules refuse it. */
    public static String checked() throws RepositoryException {
        throw new RepositoryException("an example");
    }

    /** Hands over a node, so the checked exception of its methods is the caller's to see. */
    public static String ofNode(Node node) throws RepositoryException {
        return node.getName();
    }
}
