package dk.nextwork.shell.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        List<UserAccount> everyone = accounts.listFor(CurrentUser.caller());
        Map<String, String> names = everyone.stream().collect(Collectors.toMap(UserAccount::id,
                a -> a.name() + " (" + a.email() + ")"));
        Function<String, String> name = id -> id == null ? "" : names.getOrDefault(id, id);
        ComboBox<UserAccount> person = new ComboBox<>(getTranslation("shell.audit.person"));
        person.setItems(everyone);
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
        grid.setItems(audit.readRecent(CurrentUser.caller(), LIMIT, 31));
        person.addValueChangeListener(change -> {
            List<AuditEntry> entries = change.getValue() == null
                    ? audit.readRecent(CurrentUser.caller(), LIMIT, 31)
                    : audit.readAbout(CurrentUser.caller(), change.getValue().id(), LIMIT);
            grid.setItems(entries);
        });
        setSizeFull();
        add(new H1(getTranslation("shell.audit.title")), person, grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("shell.audit.title"));
    }
}
