package dk.nextwork.matching.internal;

import java.util.List;

import dk.nextwork.matching.Offers;
import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.Tasks;
import dk.nextwork.platform.module.UpdateStep;
import dk.nextwork.platform.module.VersionHandler;

/**
 * The matching's trees (no child order: a round holds a list per young person taking part), the
 * index a company's offers are found by, and in demo mode the demo's offers and rounds
 * ({@link MatchingDemo}).
 */
public final class MatchingVersionHandler implements VersionHandler {

    private static final Task TREES = Tasks.largeFolders(MatchingTree.ROUNDS, MatchingTree.INTEREST, MatchingTree.PROFILES);

    /** The young people's match profiles (1.2.0): a birth month for the card's age, and whether they share their development. */
    private static final Task PROFILES = Tasks.largeFolders(MatchingTree.PROFILES);

    /** A company's offers are one query (its offers page, its free seats), not a walk over every offer. */
    private static final Task OFFER_INDEX = Tasks.propertyIndex("offerCompany", "company", Offers.ROOT);

    private static final Task DEMO = Task.demo("add the demo's offers, an open round with lists and a ranking, and a finished round",
            MatchingDemo::add);

    private static final Task DEMO_PROFILES = Task.demo("give the demo's candidates birth months, and let Laura share her development",
            MatchingDemo::addProfiles);

    @Override
    public List<Task> installTasks() {
        return List.of(TREES, OFFER_INDEX, DEMO, DEMO_PROFILES);
    }

    @Override
    public List<UpdateStep> updateSteps() {
        return List.of(UpdateStep.to("1.1.0", TREES, OFFER_INDEX, DEMO), UpdateStep.to("1.2.0", PROFILES, DEMO_PROFILES));
    }
}
