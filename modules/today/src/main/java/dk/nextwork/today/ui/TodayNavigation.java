package dk.nextwork.today.ui;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.vaadin.flow.component.icon.VaadinIcon;

import dk.nextwork.identity.Role;
import dk.nextwork.shell.NavigationContribution;
import dk.nextwork.shell.NavigationItem;

/** Each role's start view, first in the navigation and where the role lands after signing in. */
@ApplicationScoped
public class TodayNavigation implements NavigationContribution {

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(MyWeekView.class, "today.week.title", VaadinIcon.CALENDAR_USER, 1, Set.of(Role.YOUTH)),
                new NavigationItem(CompanyTodayView.class, "today.company.title", VaadinIcon.CALENDAR_USER, 1, Set.of(Role.COMPANY_REP)),
                new NavigationItem(CounsellorTodayView.class, "today.counsellor.title", VaadinIcon.CALENDAR_USER, 1,
                        Set.of(Role.COUNSELLOR)),
                new NavigationItem(ProgrammeTodayView.class, "today.programme.title", VaadinIcon.DASHBOARD, 1,
                        Set.of(Role.COORDINATOR)));
    }
}
