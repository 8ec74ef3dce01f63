package dk.nextwork.development.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.jcr.Session;

import dk.nextwork.development.Conversation;
import dk.nextwork.identity.Accounts;
import dk.nextwork.platform.module.InstallContext;
import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.Tasks;
import dk.nextwork.platform.module.VersionHandler;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.reporting.Bilingual;

/**
 * The conversations tree; in demo mode, the conversation the demo young person (Mikkel) had two
 * weeks ago, so his next one opens by showing how the area he chose has moved.
 */
public final class DevelopmentVersionHandler implements VersionHandler {

    /** The tree is declared in the module's {@code module.yaml}; it keeps no child order. */
    private static final Task TREE = Tasks.largeFolders(ConversationStore.ROOT);

    private static final Task DEMO = Task.demo("add the demo young person's last conversation", DevelopmentVersionHandler::demo);

    @Override
    public List<Task> installTasks() {
        return List.of(TREE, DEMO);
    }

    private static void demo(InstallContext context) throws Exception {
        Session session = context.session();
        Optional<String> mikkel = Accounts.idOf(session, "youth@nextwork.example");
        if (mikkel.isEmpty()) {
            return;
        }
        Instant held = PortalTime.today(context.clock()).minusWeeks(2).atTime(14, 0).atZone(PortalTime.ZONE).toInstant();
        ConversationStore.add(session, new Conversation(held.toEpochMilli() + "-demo", mikkel.get(), "Mikkel Holm (demo)", held, mikkel.get(),
                "Mikkel Holm (demo)", Optional.of("fjordbyens-vaerksted"),
                "Søjlerne for initiativ og samarbejde er vokset siden første uge.",
                "Jeg spørger selv efter næste opgave, når jeg er færdig, og jeg hjalp Ali med at rydde værkstedet op.",
                "At jeg får forklaret tingene i ro, og at der er plads til at spørge.",
                "vedholdenhed", new Bilingual("Vedholdenhed", "Persistence"),
                "Gøre en opgave færdig, før jeg går videre til den næste."));
    }
}
