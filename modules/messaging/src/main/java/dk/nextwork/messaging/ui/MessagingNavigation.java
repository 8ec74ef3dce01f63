package dk.nextwork.messaging.ui;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.vaadin.flow.component.icon.VaadinIcon;

import dk.nextwork.shell.NavigationContribution;
import dk.nextwork.shell.NavigationItem;

/** The messages, right after the matching's entries. */
@ApplicationScoped
public class MessagingNavigation implements NavigationContribution {

    @Override
    public List<NavigationItem> items() {
        return List.of(new NavigationItem(MessagesView.class, "messaging.title", VaadinIcon.CHAT, 5, Set.of()));
    }
}
