package dk.nextwork.program.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The pieces every programme view is made of the same way. */
final class ViewParts {

    private ViewParts() {
    }

    /** A search field that calls {@code onChange} shortly after typing stops. */
    static TextField search(String label, Runnable onChange) {
        TextField search = new TextField(label);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> onChange.run());
        return search;
    }

    /** What the search field holds, lower-cased, for matching names. */
    static String searched(TextField search) {
        return search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
    }

    /** Where a view tells what became of an action (read out by screen readers). */
    static Paragraph status() {
        Paragraph status = new Paragraph();
        status.getElement().setAttribute("role", "status");
        status.addClassName("programme-message");
        return status;
    }

    /** Where a dialog tells why the rules refused what it asked (read out at once). */
    static Paragraph problem(String className) {
        Paragraph problem = new Paragraph();
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName(className);
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        return problem;
    }
}
