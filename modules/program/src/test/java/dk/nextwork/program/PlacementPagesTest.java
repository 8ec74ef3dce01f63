package dk.nextwork.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.program.internal.ProgramRelationships;

/**
 * The coordinators' listing a page at a time equals the slice of the full listing, for every state,
 * with and without a company and a name search, across page boundaries and on other days.
 */
class PlacementPagesTest {

    private static final SignedInUser COORDINATOR = new SignedInUser("coordinator-1", "k@example.org", "Hanne",
            Set.of(Role.COORDINATOR), null, "da");
    private static final int PAGE = 7;

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private IdentityFixture identity;
    private List<String> people;

    @BeforeEach
    void load() throws Exception {
        identity = new IdentityFixture(running.platform(), running.clock());
        people = PlacementsFixture.load(identity, running.clock(), 12);
        SignedInUser admin = new SignedInUser("admin-1", "a@example.org", "Drift", Set.of(Role.ADMIN), null, "da");
        identity.accounts.setActive(admin, people.get(5), false); // a closed account: their placements are not listed
    }

    /** The listing as of the clock's day; {@code mostByPerson}: how many searched young people are found by person. */
    private Placements placementsAt(Clock clock, int mostByPerson) {
        Programme programme = new Programme(running.platform().repository(), clock);
        PersonAccess access = new PersonAccess(identity.accounts, identity.audit,
                List.of(new ProgramRelationships(programme, clock)));
        return new Placements(running.platform().repository(), identity.audit, programme, access, List.of(), mostByPerson);
    }

    /** Every page of the listing equals its slice of the full listing, and the page after the last is empty. */
    private static int assertPagesEqualTheList(Placements placements, String company, PlacementState state, String name) {
        List<Placement> all = placements.list(COORDINATOR, company, state, name);
        String what = state + " at " + company + " named " + name;
        for (int offset = 0; offset <= all.size(); offset += PAGE) {
            assertEquals(all.subList(offset, Math.min(all.size(), offset + PAGE)),
                    placements.page(COORDINATOR, company, state, name, offset, PAGE), what + " from " + offset);
        }
        if (all.size() > 3) {
            assertEquals(all.subList(3, all.size()), placements.page(COORDINATOR, company, state, name, 3, all.size() + 10),
                    what + ": one page of everything but the first three");
        }
        return all.size();
    }

    @Test
    void everyPageIsTheSliceOfTheFullListingForEveryStateCompanyAndSearchOnEveryDay() throws Exception {
        List<PlacementState> states = new ArrayList<>(Arrays.asList(PlacementState.values()));
        states.add(null);
        for (long days : new long[] {0, 45, 190, -120}) {
            Clock clock = Clock.offset(running.clock(), Duration.ofDays(days));
            for (int mostByPerson : new int[] {Placements.MOST_SEARCHED_BY_PERSON, 2}) {
                Placements placements = placementsAt(clock, mostByPerson);
                for (PlacementState state : states) {
                    for (String company : new String[] {null, PlacementsFixture.COMPANIES.get(0)}) {
                        for (String name : new String[] {null, "pagesen", "Pagesen 0", "pagesen 11", "(DEMO)", "nobody"}) {
                            int listed = assertPagesEqualTheList(placements, company, state, name);
                            if (state == PlacementState.ALL && company == null && "pagesen".equals(name)) {
                                assertTrue(listed > 5 * PAGE, "many pages: " + listed);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void aPlacementStartingLaterThanAnyIsListedAsPlannedFirst() throws Exception {
        Placements placements = placementsAt(running.clock(), Placements.MOST_SEARCHED_BY_PERSON);
        String sofie = identity.accounts.findByEmail("sofie.ahmadi@nextwork.example").orElseThrow().id();
        LocalDate start = new Programme(running.platform().repository(), running.clock()).today().plusDays(400);
        Placement planned = placements.place(COORDINATOR, sofie, "planteskolen-laerkereden", start, start.plusWeeks(8));
        assertEquals(List.of(planned), placements.page(COORDINATOR, null, PlacementState.PLANNED, null, 0, 1),
                "the walk begins at the latest start, kept by the write");
        assertEquals(List.of(planned), placements.page(COORDINATOR, null, PlacementState.ALL, null, 0, 1));
        assertPagesEqualTheList(placements, null, PlacementState.PLANNED, null);
        assertEquals(List.of(), placements.page(COORDINATOR, null, PlacementState.ALL, null, 3, 0));
    }

    @Test
    void theWalkOverTheStartDaysIsAnsweredByTheStartIndex() {
        String plan = running.platform().repository().withServiceSession(session -> {
            var query = session.getWorkspace().getQueryManager().createQuery("EXPLAIN SELECT * FROM [nt:unstructured] AS p "
                    + "WHERE ISCHILDNODE(p, '" + Programme.PLACEMENTS + "') AND p.[start] = '2027-01-04'",
                    javax.jcr.query.Query.JCR_SQL2);
            return query.execute().getRows().nextRow().getValue("plan").getString();
        });
        assertTrue(plan.contains("placementStart"), plan);
    }

    @Test
    void onlyCoordinatorsPageAndNeverBackwards() {
        Placements placements = placementsAt(running.clock(), Placements.MOST_SEARCHED_BY_PERSON);
        SignedInUser rep = new SignedInUser("rep", "r@example.org", "Rep", Set.of(Role.COMPANY_REP), "surdejshjoernet", "da");
        assertThrows(AccessDeniedException.class, () -> placements.page(rep, null, PlacementState.ALL, null, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> placements.page(COORDINATOR, null, PlacementState.ALL, null, -1, 10));
    }
}
