package dk.nextwork.matching.ui;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.vaadin.flow.component.icon.VaadinIcon;

import dk.nextwork.identity.Role;
import dk.nextwork.shell.NavigationContribution;
import dk.nextwork.shell.NavigationItem;

/** The matching's views: right after the start view for young people and companies; after the programme's for coordinators. */
@ApplicationScoped
public class MatchingNavigation implements NavigationContribution {

    @Override
    public List<NavigationItem> items() {
        return List.of(new NavigationItem(ChooseOffersView.class, "matching.offers.title", VaadinIcon.HANDSHAKE, 2,
                        Set.of(Role.YOUTH)),
                new NavigationItem(CompanyOffersView.class, "matching.company.title", VaadinIcon.HANDSHAKE, 2,
                        Set.of(Role.COMPANY_REP)),
                new NavigationItem(RoundsView.class, "matching.rounds.title", VaadinIcon.HANDSHAKE, 26, Set.of(Role.COORDINATOR)));
    }
}
