package dk.nextwork.shell.ui;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.PageTitles;

/**
 * {@code /app/people/<id>}: a young person's page, for the young person and for those who work
 * with them. Anyone else, whatever id they type, gets the refusal page; every view is audited.
 */
@Route(value = "people/:id", layout = MainLayout.class)
@RolesAllowed({Role.YOUTH_ID, Role.COORDINATOR_ID, Role.COUNSELLOR_ID, Role.COMPANY_REP_ID})
@Dependent
public class PersonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PersonAccess access;
    private String title = "";

    @Inject
    public PersonView(PersonAccess access) {
        this.access = access;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser viewer = CurrentUser.get();
        String id = event.getRouteParameters().get("id").orElse("");
        UserAccount person;
        person = access.read(CurrentUser.caller(), id);
        removeAll();
        title = viewer.id().equals(person.id()) ? getTranslation("shell.person.own")
                : getTranslation("shell.person.title", person.name());
        add(new H1(title), new FormLayout(field("shell.profile.name", person.name()),
                field("shell.profile.email", person.email()), field("shell.person.since", Formats.date(person.created(), getLocale()))));
    }

    private TextField field(String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey), value, "");
        field.setReadOnly(true);
        return field;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
