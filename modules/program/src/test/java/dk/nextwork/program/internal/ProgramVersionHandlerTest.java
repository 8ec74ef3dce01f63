package dk.nextwork.program.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import javax.jcr.Node;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.platform.testing.DemoRepository;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.program.Occupancy;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;

/** The programme's updates of what earlier versions stored. */
@ExtendWith(DemoRepository.Parameter.class)
class ProgramVersionHandlerTest {

    @TempDir
    Path home;

    private Platform start() throws Exception {
        return RunningPlatform.startOn(home, getClass().getClassLoader());
    }

    @Test
    void theUpdateTo130KeepsTheCompanyMovedOnToApartAndLeavesAReasonInWordsAsItWas(DemoRepository demo) throws Exception {
        demo.copyInto(home);
        try (Platform platform = start()) {
            platform.repository().withServiceSession(session -> {
                // as 1.2.0 stored Noah's move to the warehouse, and a reason a coordinator wrote
                Node noah = session.getNode(Programme.PLACEMENTS + "/noah-surdejshjoernet");
                noah.getProperty(Programme.MOVED_ON_TO).remove();
                noah.setProperty("endReason", "moved on: midtvejs-lager");
                Node mikkel = session.getNode(Programme.PLACEMENTS + "/mikkel-fjordbyens-vaerksted");
                mikkel.setProperty("ended", noah.getProperty("ended").getString());
                mikkel.setProperty("endReason", "moved on: efterskole i august");
                session.getNode("/system/modules/program").setProperty("version", "1.2.0");
                session.save();
                return null;
            });
        }
        try (Platform updated = start()) {
            Programme programme = new Programme(updated.repository());
            assertEquals("1.8.0", updated.repository().withServiceSession(
                    session -> session.getNode("/system/modules/program").getProperty("version").getString()));
            Placement noah = placement(programme, "noah-surdejshjoernet");
            assertEquals(Optional.of("midtvejs-lager"), noah.movedOnTo());
            assertEquals(Optional.empty(), noah.endReason());
            Placement mikkel = placement(programme, "mikkel-fjordbyens-vaerksted");
            assertEquals(Optional.empty(), mikkel.movedOnTo(), "no company of the network is called that");
            assertEquals(Optional.of("moved on: efterskole i august"), mikkel.endReason());
        }
    }

    @Test
    void theDemoKeepsWhereNoahMovedOnToApartFromAnyReason(DemoRepository demo) throws Exception {
        demo.copyInto(home);
        try (Platform platform = start()) {
            Placement noah = placement(new Programme(platform.repository()), "noah-surdejshjoernet");
            assertEquals(Optional.of("midtvejs-lager"), noah.movedOnTo());
            assertEquals(Optional.empty(), noah.endReason());
        }
    }

    @Test
    void theUpdateTo150IndexesGroupsByCounsellorAndACounsellorsGroupsAreFoundThroughIt(DemoRepository demo) throws Exception {
        demo.copyInto(home);
        try (Platform platform = start()) {
            platform.repository().withServiceSession(session -> {
                session.getNode("/oak:index/groupCounsellor").remove();
                session.getNode("/system/modules/program").setProperty("version", "1.4.0");
                session.save();
                return null;
            });
        }
        try (Platform updated = start()) {
            boolean indexed = updated.repository().withServiceSession(session -> session.nodeExists("/oak:index/groupCounsellor"));
            assertTrue(indexed, "the update adds the index");
            updated.repository().withServiceSession(session -> {
                Node group = session.getNode(Programme.GROUPS).addNode("onsdagsgruppen", "nt:unstructured");
                group.setProperty("name", "Onsdagsgruppen");
                group.setProperty("counsellor", "counsellor-led-two");
                group.setProperty("members", new String[] {"someone"});
                Node other = session.getNode(Programme.GROUPS).addNode("andengruppe", "nt:unstructured");
                other.setProperty("name", "Anden gruppe");
                other.setProperty("counsellor", "counsellor-led-two");
                other.setProperty("members", new String[0]);
                session.save();
                return null;
            });
            Programme programme = new Programme(updated.repository());
            assertEquals(java.util.List.of("Anden gruppe", "Onsdagsgruppen"), programme.groupsLedBy("counsellor-led-two").stream()
                    .map(dk.nextwork.program.NetworkGroup::name).toList(), "both groups, by name");
            String plan = updated.repository().withServiceSession(session -> {
                var query = session.getWorkspace().getQueryManager().createQuery("EXPLAIN SELECT * FROM [nt:unstructured] AS g "
                        + "WHERE ISCHILDNODE(g, '" + Programme.GROUPS + "') AND g.[counsellor] = 'x'", javax.jcr.query.Query.JCR_SQL2);
                return query.execute().getRows().nextRow().getValue("plan").getString();
            });
            assertTrue(plan.contains("groupCounsellor"), plan);
            assertEquals(java.util.List.of(), programme.groupsLedBy("nobody"));
        }
    }

    @Test
    void theUpdateTo160WritesEachPlacementsLastDayIndexesItAndCountsWhoIsPlacedWhere(DemoRepository demo) throws Exception {
        demo.copyInto(home);
        try (Platform platform = start()) {
            platform.repository().withServiceSession(session -> {
                // as 1.5.0 stored them: no last day, no counts, no indexes for them
                for (javax.jcr.NodeIterator nodes = session.getNode(Programme.PLACEMENTS).getNodes(); nodes.hasNext(); ) {
                    nodes.nextNode().getProperty(Programme.LAST_DAY).remove();
                }
                for (String tree : new String[] {dk.nextwork.program.Enrolments.YOUTH, dk.nextwork.program.Companies.COMPANIES}) {
                    for (javax.jcr.NodeIterator nodes = session.getNode(tree).getNodes(); nodes.hasNext(); ) {
                        Node node = nodes.nextNode();
                        for (String property : new String[] {Occupancy.AWAITING, Occupancy.PLACED_TODAY}) {
                            if (node.hasProperty(property)) {
                                node.getProperty(property).remove();
                            }
                        }
                    }
                }
                session.getNode(Occupancy.ROOT).remove();
                for (String index : new String[] {"placementStart", "placementLastDay", "awaitingPlacement"}) {
                    session.getNode("/oak:index/" + index).remove();
                }
                session.getNode("/system/modules/program").setProperty("version", "1.5.0");
                session.save();
                return null;
            });
        }
        try (Platform updated = start()) {
            Programme programme = new Programme(updated.repository());
            String lastDays = updated.repository().withServiceSession(session -> {
                StringBuilder wrong = new StringBuilder();
                for (Placement placement : Programme.placementsIn(session)) {
                    Node node = session.getNode(Programme.PLACEMENTS + "/" + placement.id());
                    if (!node.hasProperty(Programme.LAST_DAY)
                            || !node.getProperty(Programme.LAST_DAY).getString().equals(placement.lastDay().toString())) {
                        wrong.append(placement.id()).append(' ');
                    }
                }
                return wrong.toString();
            });
            assertEquals("", lastDays, "every placement has its last day");
            boolean indexed = updated.repository().withServiceSession(session -> session.nodeExists("/oak:index/placementLastDay")
                    && session.nodeExists("/oak:index/placementStart") && session.nodeExists("/oak:index/awaitingPlacement"));
            assertTrue(indexed, "the update adds the indexes");
            Occupancy.Counted counted = new Occupancy(updated.repository()).counted();
            String sofie = updated.repository().withServiceSession(session ->
                    dk.nextwork.identity.Accounts.idOf(session, "sofie.ahmadi@nextwork.example").orElseThrow());
            assertEquals(java.util.List.of(sofie), counted.awaitingPlacement());
            assertEquals(2, counted.placed().get("hyldebaer-supermarked"));
            assertTrue(programme.placementsEndingBetween(programme.today(), programme.today().plusDays(21)).stream()
                    .anyMatch(placement -> placement.id().equals("laura-hyldebaer-supermarked")), "found by the new index");
        }
    }

    @Test
    void theUpdateTo170KeepsTheFirstAndLastStartThePlacementsListingWalksBetween(DemoRepository demo) throws Exception {
        demo.copyInto(home);
        try (Platform platform = start()) {
            platform.repository().withServiceSession(session -> {
                Node folder = session.getNode(Programme.PLACEMENTS);
                folder.getProperty(Programme.FIRST_START).remove(); // as 1.6.0 stored them
                folder.getProperty(Programme.LAST_START).remove();
                session.getNode("/system/modules/program").setProperty("version", "1.6.0");
                session.save();
                return null;
            });
        }
        try (Platform updated = start()) {
            Programme programme = new Programme(updated.repository());
            java.util.List<Placement> all = programme.allPlacements();
            String span = updated.repository().withServiceSession(session -> {
                Node folder = session.getNode(Programme.PLACEMENTS);
                return folder.getProperty(Programme.FIRST_START).getString() + " " + folder.getProperty(Programme.LAST_START).getString();
            });
            assertEquals(all.get(all.size() - 1).start() + " " + all.get(0).start(), span, "the demo's oldest and newest start");
        }
    }

    @Test
    void theUpdateTo180CountsHowManyOfThosePlacedTodayEndOnEachDay(DemoRepository demo) throws Exception {
        demo.copyInto(home);
        try (Platform platform = start()) {
            platform.repository().withServiceSession(session -> {
                session.getNode(Occupancy.ROOT + "/" + Occupancy.ENDING_ON).remove(); // as 1.7.0 stored the counts
                session.getNode("/system/modules/program").setProperty("version", "1.7.0");
                session.save();
                return null;
            });
        }
        try (Platform updated = start()) {
            Programme programme = new Programme(updated.repository());
            java.time.LocalDate today = programme.today();
            java.util.Map<java.time.LocalDate, Integer> expected = new java.util.TreeMap<>();
            for (Placement placement : programme.allPlacements()) {
                if (placement.isActiveOn(today)) {
                    expected.merge(placement.lastDay(), 1, Integer::sum);
                }
            }
            assertTrue(!expected.isEmpty(), "the demo has young people placed today");
            assertEquals(expected, new Occupancy(updated.repository()).counted().endingOn());
        }
    }

    private static Placement placement(Programme programme, String id) throws Exception {
        return programme.allPlacements().stream().filter(placement -> placement.id().equals(id)).findFirst().orElseThrow();
    }
}
