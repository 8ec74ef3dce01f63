package dk.nextwork.messaging.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import dk.nextwork.messaging.journal.SharedEntry;

/** A shared experience as the group reads it: who, about what and when, and what they wrote (as text, never markup). */
class SharedEntryCard extends Composite<Div> {

    SharedEntryCard(SharedEntry entry) {
        Div card = getContent();
        card.addClassName("shared-entry");
        Paragraph about = new Paragraph(JournalTexts.about(entry.kind(), entry.day(), entry.companyName(), entry.feeling()));
        about.addClassName("entry-about");
        Paragraph text = new Paragraph(entry.text());
        text.addClassName("entry-text");
        card.add(new H3(entry.authorName()), about, text);
    }
}
