package dk.nextwork.shell.ui;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.AccountRefusedException;
import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.CompanyDirectory;
import dk.nextwork.identity.Mail;
import dk.nextwork.identity.OneTimeLinks;
import dk.nextwork.identity.RepresentedCompanies;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.platform.i18n.Languages;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.SearchField;

/**
 * {@code /app/accounts}: creating accounts with an invitation by e-mail; for administrators also
 * turning accounts off and on, and the outbox when no mail server is configured.
 */
@Route(value = "accounts", layout = MainLayout.class)
@RolesAllowed({Role.ADMIN_ID, Role.COORDINATOR_ID})
@Dependent
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final Accounts accounts;
    private final OneTimeLinks links;
    private final Mail mail;
    private final RepresentedCompanies companies;
    private final SignedInUser user = CurrentUser.get();
    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField search = SearchField.of(getTranslation("shell.people.search"), () -> grid.getDataProvider().refreshAll());
    private final Paragraph status = Messages.status("accounts-message");

    @Inject
    public AccountsView(Accounts accounts, OneTimeLinks links, Mail mail, RepresentedCompanies companies)
            throws IOException {
        this.accounts = accounts;
        this.links = links;
        this.companies = companies;
        this.mail = mail;
        add(new H1(getTranslation("shell.accounts.title")), createForm(), status, search, accountsGrid());
        if (user.has(Role.ADMIN) && mail.usesOutbox()) {
            add(outbox());
        }
    }

    private FormLayout createForm() {
        TextField name = new TextField(getTranslation("shell.accounts.name"));
        EmailField email = new EmailField(getTranslation("shell.accounts.email"));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("shell.accounts.role"));
        role.setItems(Arrays.stream(Role.values()).filter(r -> Accounts.mayCreate(user, Set.of(r))).toList());
        role.setItemLabelGenerator(r -> getTranslation("identity.role." + r.id()));
        ComboBox<CompanyDirectory.Company> company = new ComboBox<>(getTranslation("shell.accounts.company"));
        company.setItems(companies.all());
        company.setItemLabelGenerator(CompanyDirectory.Company::name);
        company.setVisible(false);
        role.addValueChangeListener(change -> company.setVisible(change.getValue() == Role.COMPANY_REP));
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("shell.accounts.language"));
        language.setItems(Languages.ALL);
        language.setItemLabelGenerator(code -> getTranslation("shell.language.name." + code));
        language.setValue(Languages.DEFAULT);
        Button create = new Button(getTranslation("shell.accounts.create"), click -> {
            try {
                UserAccount created = accounts.create(user, email.getValue(), name.getValue(),
                        role.getValue() == null ? Set.of() : Set.of(role.getValue()),
                        role.getValue() == Role.COMPANY_REP && company.getValue() != null ? company.getValue().id() : null,
                        language.getValue());
                boolean sent = links.invite(user, created.id());
                status.setText(sent ? getTranslation("shell.accounts.created", created.email())
                        : getTranslation("shell.accounts.mailFailed"));
                name.clear();
                email.clear();
                company.clear();
                refresh();
            } catch (AccountRefusedException refused) {
                status.setText(getTranslation(refused.reason(), refused.values()));
            } catch (AccessDeniedException refused) {
                status.setText(getTranslation("identity.refused.mayNotCreate"));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, email, role, company, language, create);
        form.addClassName("create-account");
        return form;
    }

    private Grid<UserAccount> accountsGrid() {
        grid.addColumn(UserAccount::name).setHeader(getTranslation("shell.accounts.name")).setAutoWidth(true);
        grid.addColumn(UserAccount::email).setHeader(getTranslation("shell.accounts.email")).setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().map(r -> getTranslation("identity.role." + r.id())).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("shell.accounts.role"));
        grid.addColumn(a -> getTranslation(!a.active() ? "shell.accounts.inactive"
                : a.hasPassword() ? "shell.accounts.active" : "shell.accounts.invited"))
                .setHeader(getTranslation("shell.accounts.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        // a page at a time, as the grid scrolls: only the accounts fetched are read, and the young people among them audited
        grid.setItems(query -> accounts.listFor(CurrentUser.caller(), SearchField.searched(search), query.getOffset(),
                query.getLimit()).accounts().stream(), query -> accounts.countFor(CurrentUser.caller(), SearchField.searched(search)));
        grid.setHeight("70vh");
        return grid;
    }

    private HorizontalLayout actions(UserAccount account) {
        HorizontalLayout actions = new HorizontalLayout();
        if (account.active() && !account.hasPassword() && Accounts.mayCreate(user, account.roles())) {
            actions.add(small(getTranslation("shell.accounts.reinvite"), () -> {
                boolean sent = links.invite(user, account.id());
                status.setText(sent ? getTranslation("shell.accounts.created", account.email())
                        : getTranslation("shell.accounts.mailFailed"));
            }));
        }
        if (user.has(Role.ADMIN) && !account.id().equals(user.id())) {
            actions.add(small(getTranslation(account.active() ? "shell.accounts.deactivate" : "shell.accounts.activate"),
                    () -> accounts.setActive(user, account.id(), !account.active())));
        }
        return actions;
    }

    private Button small(String label, Runnable action) {
        Button button = new Button(label, click -> {
            action.run();
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private VerticalLayout outbox() throws IOException {
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("shell.accounts.outbox")));
        section.setPadding(false);
        var messages = mail.outboxMessages();
        if (messages.isEmpty()) {
            section.add(new Paragraph(getTranslation("shell.accounts.outboxEmpty")));
            return section;
        }
        Grid<Mail.OutboxMessage> grid = new Grid<>();
        grid.addColumn(m -> Formats.moment(m.written(), getLocale())).setHeader(getTranslation("shell.accounts.sent")).setAutoWidth(true);
        grid.addColumn(Mail.OutboxMessage::to).setHeader(getTranslation("shell.accounts.to")).setAutoWidth(true);
        grid.addColumn(Mail.OutboxMessage::subject).setHeader(getTranslation("shell.accounts.subject"));
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> {
            Paragraph text = new Paragraph(m.text());
            text.getStyle().set("white-space", "pre-wrap");
            return text;
        }));
        grid.setItems(messages);
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("shell.accounts.title"));
    }
}
