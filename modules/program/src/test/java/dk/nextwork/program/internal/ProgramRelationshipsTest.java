package dk.nextwork.program.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;

/** Who works with which demo young person, from the demo programme's placements and group. */
class ProgramRelationshipsTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private Programme programme;
    private String emma;
    private String noah;
    private String mikkel;
    private String jonas;

    @BeforeEach
    void demo() throws Exception {
        programme = new Programme(running.platform().repository(), running.clock());
        running.platform().repository().withServiceSession(session -> {
            emma = Accounts.idOf(session, "emma.friis@nextwork.example").orElseThrow();
            noah = Accounts.idOf(session, "noah.vestergaard@nextwork.example").orElseThrow();
            mikkel = Accounts.idOf(session, "youth@nextwork.example").orElseThrow();
            jonas = Accounts.idOf(session, "counsellor@nextwork.example").orElseThrow();
            return null;
        });
    }

    private static SignedInUser rep(String company) {
        return new SignedInUser("rep1", "rep@example.org", "Rep", Set.of(Role.COMPANY_REP), company, "da");
    }

    @Test
    void aRepresentativeWorksWithTheYoungPeoplePlacedAtTheirCompanyNow() {
        ProgramRelationships relationships = new ProgramRelationships(programme, running.clock());
        assertTrue(relationships.worksWith(rep("surdejshjoernet"), emma));
        assertFalse(relationships.worksWith(rep("surdejshjoernet"), noah), "Noah's placement there has ended");
        assertFalse(relationships.worksWith(rep("surdejshjoernet"), mikkel), "placed at another company");
        assertTrue(relationships.worksWith(rep("midtvejs-lager"), noah), "where Noah moved on to");
        assertFalse(relationships.worksWith(rep(null), emma), "a representative without a company");
    }

    @Test
    void aPlacementThatIsOverNoLongerGivesAccess() {
        Clock later = Clock.offset(running.clock(), Duration.ofDays(7 * 10));
        assertFalse(new ProgramRelationships(programme, later).worksWith(rep("surdejshjoernet"), emma));
    }

    @Test
    void aCounsellorWorksWithTheYoungPeopleInTheGroupsTheyLead() {
        ProgramRelationships relationships = new ProgramRelationships(programme, running.clock());
        SignedInUser counsellor = new SignedInUser(jonas, "counsellor@nextwork.example", "Jonas", Set.of(Role.COUNSELLOR), null, "da");
        assertTrue(relationships.worksWith(counsellor, mikkel));
        assertTrue(relationships.worksWith(counsellor, noah));
        assertFalse(relationships.worksWith(counsellor, emma), "not in his group");
        SignedInUser another = new SignedInUser("other", "c2@example.org", "C2", Set.of(Role.COUNSELLOR), null, "da");
        assertFalse(relationships.worksWith(another, mikkel));
        SignedInUser youth = new SignedInUser(mikkel, "youth@nextwork.example", "Mikkel", Set.of(Role.YOUTH), null, "da");
        assertFalse(relationships.worksWith(youth, noah), "young people are not related through their groups");
    }

    @Test
    void aYoungPersonsCourseIsTheSequenceOfTheirPlacements() throws Exception {
        List<Placement> course = programme.placementsOf(noah);
        assertEquals(List.of("surdejshjoernet", "midtvejs-lager"), course.stream().map(Placement::company).toList());
        assertTrue(course.get(0).ended().isPresent());
    }

    @Test
    void aCompanyThatHadTheYoungPersonFollowsTheirCourseAfterTheyMoveOn() {
        ProgramRelationships relationships = new ProgramRelationships(programme, running.clock());
        assertTrue(relationships.followsCourse(rep("surdejshjoernet"), noah), "Noah moved on from the bakery");
        assertTrue(relationships.followsCourse(rep("midtvejs-lager"), noah), "and is at the warehouse now");
        assertFalse(relationships.followsCourse(rep("hyldebaer-supermarked"), noah), "never placed there");
        assertFalse(relationships.followsCourse(rep("surdejshjoernet"), mikkel));
        SignedInUser counsellor = new SignedInUser(jonas, "counsellor@nextwork.example", "Jonas", Set.of(Role.COUNSELLOR), null, "da");
        assertFalse(relationships.followsCourse(counsellor, emma), "following is for companies");
        Clock before = Clock.offset(running.clock(), Duration.ofDays(-7 * 30));
        assertFalse(new ProgramRelationships(programme, before).followsCourse(rep("midtvejs-lager"), noah),
                "a placement that has not begun gives nothing");
    }

    @Test
    void theYoungPeopleListedForAViewerAreExactlyThoseTheyWorkWithOrFollow() throws Exception {
        ProgramRelationships relationships = new ProgramRelationships(programme, running.clock());
        SignedInUser counsellor = new SignedInUser(jonas, "counsellor@nextwork.example", "Jonas", Set.of(Role.COUNSELLOR), null, "da");
        List<String> everyone = running.platform().repository().withServiceSession(session -> {
            List<String> ids = new java.util.ArrayList<>();
            for (var nodes = session.getNode("/system/accounts").getNodes(); nodes.hasNext(); ) {
                ids.add(nodes.nextNode().getName());
            }
            return ids;
        });
        for (SignedInUser viewer : List.of(rep("surdejshjoernet"), rep("midtvejs-lager"), rep("hyldebaer-supermarked"),
                rep(null), counsellor, new SignedInUser("other", "c2@example.org", "C2", Set.of(Role.COUNSELLOR), null, "da"))) {
            Set<String> worksWith = everyone.stream().filter(id -> relationships.worksWith(viewer, id))
                    .collect(java.util.stream.Collectors.toSet());
            assertEquals(worksWith, relationships.youngPeopleWorkedWithBy(viewer), viewer.company() + " " + viewer.id());
            Set<String> follows = everyone.stream().filter(id -> relationships.followsCourse(viewer, id))
                    .collect(java.util.stream.Collectors.toSet());
            assertEquals(follows, relationships.youngPeopleWhoseCourseIsFollowedBy(viewer), viewer.company() + " " + viewer.id());
        }
        assertEquals(Set.of(emma), relationships.youngPeopleWorkedWithBy(rep("surdejshjoernet")));
        assertTrue(relationships.youngPeopleWorkedWithBy(counsellor).containsAll(Set.of(mikkel, noah)));
    }
}
