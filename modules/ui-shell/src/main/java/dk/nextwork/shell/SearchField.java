package dk.nextwork.shell;

import java.util.Locale;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The search field above a list: a magnifier, a clear button, and a new search shortly after typing stops. */
public final class SearchField {

    private SearchField() {
    }

    public static TextField of(String label, Runnable onChange) {
        return of(label, typed -> onChange.run());
    }

    /** A search field that hands what was typed to {@code onChange}. */
    public static TextField of(String label, java.util.function.Consumer<String> onChange) {
        TextField search = new TextField(label);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> onChange.accept(event.getValue()));
        return search;
    }

    /** What the field holds, trimmed and lower-cased, for matching names. */
    public static String searched(TextField search) {
        return search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
    }
}
