package dk.nextwork.messaging.ui;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.vaadin.flow.component.icon.VaadinIcon;

import dk.nextwork.shell.NavigationContribution;
import dk.nextwork.shell.NavigationItem;

/** The messages, the young person's experiences, the group meetings' agendas and the company network's meetings, right after the matching's entries. */
@ApplicationScoped
public class MessagingNavigation implements NavigationContribution {

    @Override
    public List<NavigationItem> items() {
        return List.of(new NavigationItem(MessagesView.class, "messaging.title", VaadinIcon.CHAT, 5, Set.of()),
                new NavigationItem(JournalView.class, "messaging.journal.title", VaadinIcon.NOTEBOOK, 6, Set.of()),
                new NavigationItem(AgendaView.class, "messaging.agenda.title", VaadinIcon.LIST_OL, 7, Set.of()),
                new NavigationItem(NetworkView.class, "messaging.network.title", VaadinIcon.CALENDAR_USER, 8, Set.of()));
    }
}
