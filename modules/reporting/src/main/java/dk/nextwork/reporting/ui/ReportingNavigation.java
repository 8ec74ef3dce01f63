package dk.nextwork.reporting.ui;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.vaadin.flow.component.icon.VaadinIcon;

import dk.nextwork.identity.Role;
import dk.nextwork.shell.NavigationContribution;
import dk.nextwork.shell.NavigationItem;

/** Reporting in the navigation: representatives land on what they have to file. */
@ApplicationScoped
public class ReportingNavigation implements NavigationContribution {

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(ReportingView.class, "reporting.title", VaadinIcon.CLIPBOARD_CHECK, 5, Set.of(Role.COMPANY_REP)),
                new NavigationItem(ScoreHistoryView.class, "reporting.scores.title", VaadinIcon.TRENDING_UP, 28, Set.of()),
                new NavigationItem(TraitConfigurationView.class, "reporting.config.title", VaadinIcon.SLIDERS, 35, Set.of()));
    }
}
