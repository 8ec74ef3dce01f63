package dk.nextwork.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What the application's error views share: a heading, a few words, and the way back to one's start view. */
final class ErrorPages {

    private ErrorPages() {
    }

    static Paragraph fill(VerticalLayout page, String className, String title, String text) {
        page.removeAll();
        Paragraph words = new Paragraph(text);
        page.add(new H1(title), words, new Anchor("", page.getTranslation("shell.denied.home")));
        page.addClassName(className);
        return words;
    }
}
