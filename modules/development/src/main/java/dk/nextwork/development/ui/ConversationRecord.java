package dk.nextwork.development.ui;

import java.util.Locale;
import java.util.function.BiFunction;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import dk.nextwork.development.Conversation;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.shell.CurrentUser;

/** A saved conversation as both the young person and the representative read it: the four questions and their answers. */
final class ConversationRecord {

    private ConversationRecord() {
    }

    static Details of(Conversation conversation, Locale locale, BiFunction<String, Object[], String> texts) {
        String focus = conversation.focusName().in(CurrentUser.language());
        Div answers = new Div();
        answers.add(answer(texts.apply("development.conversation.q1", new Object[0]), conversation.different()));
        answers.add(answer(texts.apply("development.conversation.q2", new Object[0]), conversation.examples()));
        answers.add(answer(texts.apply("development.conversation.q3", new Object[0]), conversation.appreciated()));
        answers.add(answer(texts.apply("development.conversation.q4", new Object[0]),
                conversation.focusNote().isBlank() ? focus : focus + ": " + conversation.focusNote()));
        Details details = new Details(texts.apply("development.conversations.held", new Object[] {
                Formats.moment(conversation.held(), locale), conversation.heldByName()}) + " · "
                + texts.apply("development.conversations.focus", new Object[] {focus}), answers);
        details.addClassName("conversation-record");
        return details;
    }

    private static Div answer(String question, String answer) {
        Div pair = new Div(new H3(question), new Paragraph(answer));
        pair.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        return pair;
    }
}
