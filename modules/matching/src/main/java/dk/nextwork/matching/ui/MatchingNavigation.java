package dk.nextwork.matching.ui;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.vaadin.flow.component.icon.VaadinIcon;

import dk.nextwork.shell.NavigationContribution;
import dk.nextwork.shell.NavigationItem;

/** The matching's views: right after the start view for young people and companies; after the programme's for coordinators. */
@ApplicationScoped
public class MatchingNavigation implements NavigationContribution {

    @Override
    public List<NavigationItem> items() {
        return List.of(new NavigationItem(ChooseOffersView.class, "matching.offers.title", VaadinIcon.HANDSHAKE, 3,
                        Set.of()),
                new NavigationItem(CompanyOffersView.class, "matching.company.nav", VaadinIcon.BRIEFCASE, 4,
                        Set.of()),
                new NavigationItem(BoardView.class, "matching.board.title", VaadinIcon.GRID_BIG_O, 29, Set.of()),
                new NavigationItem(RoundsView.class, "matching.rounds.title", VaadinIcon.CONNECT, 29, Set.of()));
    }
}
