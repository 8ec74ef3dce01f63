package dk.nextwork.shell.ui;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.SearchField;

/**
 * {@code /app/people}: the young people the user may see: all of them for a coordinator; those
 * placed with their company for a representative; those in their groups for a counsellor.
 */
@Route(value = "people", layout = MainLayout.class)
@RolesAllowed({Role.COORDINATOR_ID, Role.COUNSELLOR_ID, Role.COMPANY_REP_ID})
@Dependent
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final String title;
    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField search = SearchField.of(getTranslation("shell.people.search"), () -> grid.getDataProvider().refreshAll());

    @Inject
    public PeopleView(PersonAccess access) {
        SignedInUser user = CurrentUser.get();
        title = getTranslation(user.has(Role.COORDINATOR) ? "shell.people.title"
                : user.has(Role.COUNSELLOR) ? "shell.people.titleCounsellor" : "shell.people.titleCompany");
        Caller caller = CurrentUser.caller();
        add(new H1(title));
        if (access.countYoungPeople(caller, null) == 0) {
            add(new Paragraph(getTranslation("shell.people.none")));
            return;
        }
        grid.addComponentColumn(PeopleView::link).setHeader(getTranslation("shell.people.name")).setAutoWidth(true);
        // a page at a time, as the grid scrolls: only the people fetched are read and audited as listed
        grid.setItems(query -> access.youngPeople(caller, SearchField.searched(search), query.getOffset(), query.getLimit())
                .people().stream(), query -> access.countYoungPeople(caller, SearchField.searched(search)));
        grid.setHeight("70vh");
        add(search, grid);
    }

    Grid<UserAccount> grid() {
        return grid;
    }

    /** A link to the person's page, large enough to hit on a touch screen (WCAG 2.5.8). */
    private static RouterLink link(UserAccount person) {
        RouterLink link = new RouterLink(person.name(), PersonView.class, new RouteParameters("id", person.id()));
        link.getStyle().set("display", "inline-block").set("min-height", "24px").set("line-height", "24px")
                .set("min-width", "24px");
        return link;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
