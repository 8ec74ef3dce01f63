package dk.nextwork.systemstatus.ui;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.vaadin.flow.component.icon.VaadinIcon;

import dk.nextwork.shell.NavigationContribution;
import dk.nextwork.shell.NavigationItem;

/** The system status view in the administrators' navigation. */
@ApplicationScoped
public class SystemStatusNavigation implements NavigationContribution {

    @Override
    public List<NavigationItem> items() {
        return List.of(new NavigationItem(SystemStatusView.class, "system.title", VaadinIcon.SERVER, 95, Set.of()));
    }
}
