package dk.nextwork.shell.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.AuditEntry;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.PageTitles;

/** {@code /app/audit}: who read or changed whose data, and sign-ins, newest first, by person. */
@Route(value = "audit", layout = MainLayout.class)
@RolesAllowed({Role.COORDINATOR_ID, Role.ADMIN_ID})
@Dependent
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final int LIMIT = 500;

    @Inject
    public AuditView(AuditTrail audit, Accounts accounts) {
        CurrentUser.get(); // refused when nobody is signed in, before anything is read
        Caller caller = CurrentUser.caller();
        // the names of the people the entries shown name, read (and audited) for those only
        Map<String, String> names = new HashMap<>();
        Function<String, String> name = id -> id == null ? "" : names.getOrDefault(id, id);
        ComboBox<UserAccount> person = new ComboBox<>(getTranslation("shell.audit.person"));
        // fetched a page at a time by the name typed, not the whole account list
        person.setItems(query -> accounts.listFor(caller, query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .accounts().stream(), query -> accounts.countFor(caller, query.getFilter().orElse("")));
        person.setItemLabelGenerator(a -> a.name() + " (" + a.email() + ")");
        person.setPlaceholder(getTranslation("shell.audit.all"));
        person.setClearButtonVisible(true);
        person.setWidth("24rem");

        Grid<AuditEntry> grid = new Grid<>();
        grid.addColumn(e -> Formats.moment(e.at(), getLocale())).setHeader(getTranslation("shell.audit.at")).setAutoWidth(true);
        grid.addColumn(e -> name.apply(e.actor())).setHeader(getTranslation("shell.audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("shell.audit.action")).setAutoWidth(true);
        grid.addColumn(e -> name.apply(e.subject())).setHeader(getTranslation("shell.audit.subject")).setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("shell.audit.detail"));
        grid.addColumn(AuditEntry::client).setHeader(getTranslation("shell.audit.client")).setAutoWidth(true);
        Consumer<List<AuditEntry>> show = entries -> {
            Set<String> named = new HashSet<>();
            entries.forEach(entry -> {
                named.add(entry.actor());
                named.add(entry.subject());
            });
            named.remove(null);
            names.clear();
            accounts.listedFor(caller, named).forEach(account -> names.put(account.id(), account.name() + " (" + account.email() + ")"));
            grid.setItems(entries);
        };
        show.accept(audit.readRecent(caller, LIMIT, 31));
        person.addValueChangeListener(change -> show.accept(change.getValue() == null
                ? audit.readRecent(caller, LIMIT, 31)
                : audit.readAbout(caller, change.getValue().id(), LIMIT)));
        setSizeFull();
        add(new H1(getTranslation("shell.audit.title")), person, grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("shell.audit.title"));
    }
}
