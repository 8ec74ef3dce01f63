package dk.nextwork.development.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import dk.nextwork.development.Conversation;
import dk.nextwork.development.ConversationLabels;
import dk.nextwork.shell.CurrentUser;

/**
 * A saved conversation as both the young person and the representative read it: who took part and
 * when ("Sara og Emma, 17. nov."), the focus, and the four questions with their answers.
 */
final class ConversationRecord {

    private ConversationRecord() {
    }

    static Details of(Conversation conversation, LocalDate today, Locale locale, BiFunction<String, Object[], String> texts) {
        String focus = conversation.focusName().in(CurrentUser.language());
        Div answers = new Div();
        answers.add(answer(texts.apply("development.conversation.q1", new Object[0]), conversation.different()));
        answers.add(answer(texts.apply("development.conversation.q2", new Object[0]), conversation.examples()));
        answers.add(answer(texts.apply("development.conversation.q3", new Object[0]), conversation.appreciated()));
        answers.add(answer(texts.apply("development.conversation.q4", new Object[0]),
                conversation.focusNote().isBlank() ? focus : focus + ": " + conversation.focusNote()));
        Details details = new Details(ConversationLabels.participants(conversation, today, locale, texts) + " · "
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
