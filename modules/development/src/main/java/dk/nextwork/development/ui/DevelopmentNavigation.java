package dk.nextwork.development.ui;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.vaadin.flow.component.icon.VaadinIcon;

import dk.nextwork.shell.NavigationContribution;
import dk.nextwork.shell.NavigationItem;

/** The visualisation for everyone who follows a young person's course; the cohort for counsellors and coordinators. */
@ApplicationScoped
public class DevelopmentNavigation implements NavigationContribution {

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(DevelopmentView.class, "development.title", VaadinIcon.CHART_LINE, 26, Set.of()),
                new NavigationItem(CohortView.class, "development.cohort.title", VaadinIcon.CHART_3D, 27, Set.of()));
    }
}
