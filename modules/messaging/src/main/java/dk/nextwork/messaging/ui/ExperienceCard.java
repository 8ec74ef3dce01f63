package dk.nextwork.messaging.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import dk.nextwork.messaging.journal.SharedEntry;

/**
 * An experience shared with others, the one way the group's and the network's agendas draw it:
 * who, about what or when, and what they wrote (as text, never markup).
 */
class ExperienceCard extends Composite<Div> {

    ExperienceCard(String authorName, String about, String text) {
        Div card = getContent();
        card.addClassName("shared-entry");
        Paragraph aboutLine = new Paragraph(about);
        aboutLine.addClassName("entry-about");
        Paragraph written = new Paragraph(text);
        written.addClassName("entry-text");
        card.add(new H3(authorName), aboutLine, written);
    }

    /** A young person's journal entry shared to the group's agenda. */
    static ExperienceCard of(SharedEntry entry) {
        return new ExperienceCard(entry.authorName(), JournalTexts.about(entry.kind(), entry.day(), entry.companyName(),
                entry.feeling()), entry.text());
    }

    /** Adds what the card's reader can do with it (withdraw, propose) below the text. */
    ExperienceCard with(Component... actions) {
        getContent().add(actions);
        return this;
    }
}
