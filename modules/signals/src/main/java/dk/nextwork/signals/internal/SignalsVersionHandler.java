package dk.nextwork.signals.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.jcr.Session;

import dk.nextwork.identity.Accounts;
import dk.nextwork.platform.module.InstallContext;
import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.Tasks;
import dk.nextwork.platform.module.UpdateStep;
import dk.nextwork.platform.module.VersionHandler;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.OverdueReports;
import dk.nextwork.signals.Signal;
import dk.nextwork.signals.SignalKind;

/**
 * The signals tree, with the index the open signals are found by; in demo mode, the concern Surdejshjørnet's representative raised about Emma
 * yesterday, and reports in Jonas's group that give the other rules something to find
 * ({@link DemoReports}). The rules themselves run at the first start ({@link SignalSchedule}), as they do every day.
 */
public final class SignalsVersionHandler implements VersionHandler {

    /** The tree is declared in the module's {@code module.yaml}; it keeps no child order. */
    private static final Task TREE = Tasks.largeFolders(SignalStore.ROOT);

    private static final Task DEMO = Task.demo("add the demo concern about Emma and reports for the rules to find",
            SignalsVersionHandler::demo);

    /** The demo reports change what is overdue: the kept counts are counted again. */
    private static final Task OVERDUE_AFTER_DEMO = Task.demo("count the overdue reports again with the demo's",
            context -> OverdueReports.recountAllIn(context.session(), PortalTime.today(context.clock()),
                    context.clock().instant()));

    /** The programme's open signals are one query (the coordinator's overview), not a read of every signal ever raised. */
    private static final Task OPEN_INDEX = Tasks.propertyIndex("openSignals", SignalStore.OPEN, SignalStore.ROOT);

    private static final Task MARK_OPEN = Task.of("mark the signals nobody has acted on yet as open",
            context -> SignalStore.markOpen(context.session()));

    @Override
    public List<Task> installTasks() {
        return List.of(TREE, OPEN_INDEX, DEMO, OVERDUE_AFTER_DEMO);
    }

    @Override
    public List<UpdateStep> updateSteps() {
        return List.of(UpdateStep.to("1.1.0", OPEN_INDEX, MARK_OPEN));
    }

    private static void demo(InstallContext context) throws Exception {
        Session session = context.session();
        LocalDate today = PortalTime.today(context.clock());
        Optional<String> emma = Accounts.idOf(session, "emma.friis@nextwork.example");
        Optional<String> representative = Accounts.idOf(session, "company@nextwork.example");
        if (emma.isPresent() && representative.isPresent()) {
            SignalStore.addIfNew(session, new Signal("concern-demo-emma", emma.get(), SignalKind.CONCERN,
                    today.minusDays(1), Optional.of(new Bilingual("Surdejshjørnet", "Surdejshjørnet")), List.of(), List.of(),
                    Optional.of("Emma virker træt om morgenen og har svært ved at komme i gang. "
                            + "Vi vil gerne høre, om der er noget, vi kan gøre."),
                    representative, Optional.empty(), Optional.of("surdejshjoernet"), Optional.empty()));
        }
        DemoReports.add(session, today, context.clock().instant());
    }
}
