package dk.nextwork.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.UserAccount;

/**
 * A combo box of young people that fetches them lazily, a page at a time by what is typed, in
 * name order: only the people fetched for the drop-down are read and audited as listed, so
 * choosing among 40,000 reads none of the others.
 */
public final class YoungPersonPicker {

    private YoungPersonPicker() {
    }

    /** Among the young people the caller may see. */
    public static ComboBox<UserAccount> seen(String label, PersonAccess access, Caller caller) {
        ComboBox<UserAccount> picker = picker(label);
        picker.setItems(query -> access.youngPeople(caller, typed(query), query.getOffset(), query.getLimit()).people().stream(),
                query -> access.countYoungPeople(caller, typed(query)));
        return picker;
    }

    /** Among the young people whose course the caller may follow. */
    public static ComboBox<UserAccount> followed(String label, PersonAccess access, Caller caller) {
        ComboBox<UserAccount> picker = picker(label);
        picker.setItems(query -> access.youngPeopleFollowed(caller, typed(query), query.getOffset(), query.getLimit())
                .people().stream(), query -> access.countYoungPeopleFollowed(caller, typed(query)));
        return picker;
    }

    /** A picker among those the caller follows that opens the view about the young person chosen ({@code ?person=<id>}). */
    public static ComboBox<UserAccount> opening(Class<? extends Component> view, String label, PersonAccess access,
                                                Caller caller) {
        ComboBox<UserAccount> picker = followed(label, access, caller);
        picker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                UI.getCurrent().navigate(view, PersonParameter.query(event.getValue().id()));
            }
        });
        return picker;
    }

    private static String typed(com.vaadin.flow.data.provider.Query<UserAccount, String> query) {
        return query.getFilter().orElse("");
    }

    private static ComboBox<UserAccount> picker(String label) {
        ComboBox<UserAccount> picker = new ComboBox<>(label);
        picker.setItemLabelGenerator(UserAccount::name);
        picker.setWidth("min(100%, 24rem)");
        return picker;
    }
}
