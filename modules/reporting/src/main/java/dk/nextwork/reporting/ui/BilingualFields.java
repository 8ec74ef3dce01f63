package dk.nextwork.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import dk.nextwork.reporting.Bilingual;

/** A text coordinators write in Danish and English: a field for each, side by side. */
final class BilingualFields {

    private final com.vaadin.flow.component.AbstractField<?, String> danish;
    private final com.vaadin.flow.component.AbstractField<?, String> english;

    private BilingualFields(com.vaadin.flow.component.AbstractField<?, String> danish,
                            com.vaadin.flow.component.AbstractField<?, String> english, Bilingual value) {
        this.danish = danish;
        this.english = english;
        danish.setValue(value.da());
        english.setValue(value.en());
    }

    static BilingualFields line(String label, Bilingual value) {
        return new BilingualFields(new TextField(label + " (dansk)"), new TextField(label + " (English)"), value);
    }

    static BilingualFields text(String label, Bilingual value) {
        return new BilingualFields(new TextArea(label + " (dansk)"), new TextArea(label + " (English)"), value);
    }

    Component[] fields() {
        return new Component[] {danish, english};
    }

    Bilingual value() {
        return new Bilingual(danish.getValue(), english.getValue());
    }
}
