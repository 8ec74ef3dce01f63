package dk.nextwork.shell.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import dk.nextwork.shell.PersonSection;

/**
 * {@code /app/people/<id>}: a young person's page, for the young person and for those who work
 * with them. Anyone else, whatever id they type, gets the refusal page; every view is audited.
 */
@Route(value = "people/:id", layout = MainLayout.class)
@RolesAllowed({Role.YOUTH_ID, Role.COORDINATOR_ID, Role.COUNSELLOR_ID, Role.COMPANY_REP_ID})
@Dependent
public class PersonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PersonAccess access;
    private final Iterable<PersonSection> sections;
    private String title = "";

    public PersonView(PersonAccess access) {
        this(access, List.of());
    }

    @Inject
    public PersonView(PersonAccess access, Instance<PersonSection> sections) {
        this(access, (Iterable<PersonSection>) sections);
    }

    public PersonView(PersonAccess access, Iterable<PersonSection> sections) {
        this.access = access;
        this.sections = sections;
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
        add(new H1(title));
        // the course first: what the modules add, each showing what the viewer may see of it
        List<PersonSection> ordered = new ArrayList<>();
        sections.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt(PersonSection::order));
        for (PersonSection section : ordered) {
            section.create(CurrentUser.caller(), person).ifPresent(this::add);
        }
        add(new H2(getTranslation("shell.person.contact")), new FormLayout(field("shell.profile.name", person.name()),
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
