package dk.nextwork.shell.ui;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.vaadin.flow.component.icon.VaadinIcon;

import dk.nextwork.identity.Role;
import dk.nextwork.shell.NavigationContribution;
import dk.nextwork.shell.NavigationItem;

/** The identity module's own entries of the navigation, and the start views they give roles. */
@ApplicationScoped
public class ShellNavigation implements NavigationContribution {

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(MyPageView.class, "shell.person.own", VaadinIcon.HOME, 10, Set.of(Role.YOUTH)),
                new NavigationItem(PeopleView.class, "shell.people.title", VaadinIcon.USERS, 20,
                        Set.of(Role.COORDINATOR, Role.COUNSELLOR, Role.COMPANY_REP)),
                new NavigationItem(AccountsView.class, "shell.accounts.title", VaadinIcon.USER_CARD, 80, Set.of(Role.ADMIN)),
                new NavigationItem(AuditView.class, "shell.audit.title", VaadinIcon.LIST, 85, Set.of()),
                new NavigationItem(ProfileView.class, "shell.menu.profile", VaadinIcon.USER, 90, Set.of(Role.EDITOR)));
    }
}
