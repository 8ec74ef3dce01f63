package dk.nextwork.shell;

import com.vaadin.flow.component.html.Paragraph;

/** The paragraphs in which a view tells the user what became of what they did, as screen readers expect them. */
public final class Messages {

    private Messages() {
    }

    /** Where a view tells what became of an action: read out when it changes, without interrupting. */
    public static Paragraph status(String className) {
        Paragraph status = new Paragraph();
        status.getElement().setAttribute("role", "status");
        status.addClassName(className);
        return status;
    }

    /** Where a view or dialog tells why the rules refused what it asked: read out at once, in the error colour. */
    public static Paragraph problem(String className) {
        Paragraph problem = new Paragraph();
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName(className);
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        return problem;
    }
}
