package dk.nextwork.program.ui;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.vaadin.flow.component.icon.VaadinIcon;

import dk.nextwork.shell.NavigationContribution;
import dk.nextwork.shell.NavigationItem;

/** The programme views in the navigation: coordinators' and, for meetings, counsellors' too. */
@ApplicationScoped
public class ProgrammeNavigation implements NavigationContribution {

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(YoungPeopleView.class, "program.youth.title", VaadinIcon.USERS, 21, Set.of()),
                new NavigationItem(PlacementsView.class, "program.placement.title", VaadinIcon.CALENDAR_BRIEFCASE, 22, Set.of()),
                new NavigationItem(CompaniesView.class, "program.company.title", VaadinIcon.FACTORY, 23, Set.of()),
                new NavigationItem(GroupsView.class, "program.groups.title", VaadinIcon.GROUP, 24, Set.of()),
                new NavigationItem(MeetingsView.class, "program.meetings.title", VaadinIcon.CALENDAR_USER, 25, Set.of()));
    }
}
