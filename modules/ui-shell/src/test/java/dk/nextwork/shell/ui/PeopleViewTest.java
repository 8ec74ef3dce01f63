package dk.nextwork.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.testing.RunningPlatform;

/** The list of young people is a lazy grid: it fetches the page asked for, by the name searched, and audits only that page. */
class PeopleViewTest {

    private static final SignedInUser COORDINATOR = new SignedInUser("coordinator-1", "k@example.org", "Hanne",
            Set.of(Role.COORDINATOR), null, "da");

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    @AfterEach
    void stop() {
        Shell.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGridFetchesAPageAtATimeByTheNameSearchedAndOnlyThatPageIsAudited() throws Exception {
        IdentityFixture identity = new IdentityFixture(running.platform(), running.clock());
        Shell.start(identity, COORDINATOR, List.of());
        UI.getCurrent().navigate("people");
        Grid<UserAccount> grid = _get(Grid.class);
        List<UserAccount> everyone = identity.accounts.all().stream().filter(a -> a.has(Role.YOUTH)).toList();
        int[] before = listed(identity, everyone);

        List<UserAccount> page = GridKt._fetch(grid, 2, 3);
        assertEquals(3, page.size());
        int[] after = listed(identity, everyone);
        for (int i = 0; i < everyone.size(); i++) {
            assertEquals(before[i] + (page.contains(everyone.get(i)) ? 1 : 0), after[i], everyone.get(i).name());
        }
        assertEquals(8, GridKt._size(grid.getDataProvider(), null), "the count, without fetching every row");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Søg efter navn")), "FRIIS");
        assertEquals(List.of("Emma Friis (demo)"), GridKt._findAll(grid).stream().map(UserAccount::name).toList());
    }

    private static int[] listed(IdentityFixture identity, List<UserAccount> people) {
        int[] counts = new int[people.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = (int) identity.audit.about(people.get(i).id(), 100).stream()
                    .filter(entry -> entry.action().equals("person.listed") && entry.actor().equals(COORDINATOR.id())).count();
        }
        return counts;
    }
}
