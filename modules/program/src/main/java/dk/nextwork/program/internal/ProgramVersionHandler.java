package dk.nextwork.program.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.PropertyType;
import javax.jcr.Session;

import dk.nextwork.identity.Accounts;
import dk.nextwork.platform.config.PlatformSettings;
import dk.nextwork.platform.module.InstallContext;
import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.UpdateStep;
import dk.nextwork.platform.module.VersionHandler;
import dk.nextwork.program.Programme;

/**
 * The trees of placements and network groups, with the index placements are found by; in demo
 * mode, the demo young people's placements and a network group, dated around the first start.
 */
public final class ProgramVersionHandler implements VersionHandler {

    private static final Task TREES = Task.of("create the trees of placements and network groups", context -> {
        Node program = context.session().getNode("/program");
        for (String tree : List.of("placements", "groups")) {
            if (!program.hasNode(tree)) {
                program.addNode(tree, "nt:unstructured");
            }
        }
        Node indexes = context.session().getNode("/oak:index");
        if (!indexes.hasNode("youngPerson")) {
            Node index = indexes.addNode("youngPerson", "oak:QueryIndexDefinition");
            index.setProperty("type", "property");
            index.setProperty("propertyNames", new String[] {"youngPerson"}, PropertyType.NAME);
            index.setProperty("reindex", true);
        }
    });

    private static final Task DEMO = Task.of("add the demo programme's placements and network group",
            ProgramVersionHandler::demo);

    @Override
    public List<Task> installTasks() {
        return List.of(TREES, DEMO);
    }

    @Override
    public List<UpdateStep> updateSteps() {
        return List.of();
    }

    private static void demo(InstallContext context) throws Exception {
        if (context.configuration().get(PlatformSettings.MODE) != PlatformSettings.Mode.DEMO) {
            return;
        }
        Session session = context.session();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        String mikkel = Accounts.idOf(session, "youth@nextwork.example").orElseThrow();
        String emma = Accounts.idOf(session, "emma.friis@nextwork.example").orElseThrow();
        String noah = Accounts.idOf(session, "noah.vestergaard@nextwork.example").orElseThrow();
        String jonas = Accounts.idOf(session, "counsellor@nextwork.example").orElseThrow();

        placement(session, "emma-surdejshjoernet", emma, "surdejshjoernet", today.minusWeeks(3), today.plusWeeks(9), null);
        placement(session, "mikkel-fjordbyens-vaerksted", mikkel, "fjordbyens-vaerksted", today.minusWeeks(5),
                today.plusWeeks(7), null);
        // Noah moved on: first the bakery, now the warehouse
        placement(session, "noah-surdejshjoernet", noah, "surdejshjoernet", today.minusWeeks(17), today.minusWeeks(5),
                today.minusWeeks(6));
        placement(session, "noah-midtvejs-lager", noah, "midtvejs-lager", today.minusWeeks(5).plusDays(3),
                today.plusWeeks(12), null);

        Node group = session.getNode(Programme.GROUPS).addNode("tirsdagsgruppen", "nt:unstructured");
        group.setProperty("name", "Tirsdagsgruppen");
        group.setProperty("counsellor", jonas);
        group.setProperty("members", new String[] {mikkel, noah});
    }

    private static void placement(Session session, String name, String youngPerson, String company, LocalDate start,
                                  LocalDate plannedEnd, LocalDate ended) throws Exception {
        Node node = session.getNode(Programme.PLACEMENTS).addNode(name, "nt:unstructured");
        node.setProperty("youngPerson", youngPerson);
        node.setProperty("company", company);
        node.setProperty("start", start.toString());
        node.setProperty("plannedEnd", plannedEnd.toString());
        if (ended != null) {
            node.setProperty("ended", ended.toString());
        }
    }
}
