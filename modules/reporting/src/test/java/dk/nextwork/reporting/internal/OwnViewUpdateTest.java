package dk.nextwork.reporting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import javax.jcr.Session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.module.InstallContext;
import dk.nextwork.platform.module.ModuleDescriptor;
import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.UpdateStep;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.reporting.Configuration;
import dk.nextwork.reporting.Definition;
import dk.nextwork.reporting.Indicator;
import dk.nextwork.reporting.Rater;
import dk.nextwork.reporting.Scale;
import dk.nextwork.reporting.TraitConfiguration;

/** Update 1.1.0: a configuration from before the young person's own view gains it as its next version. */
class OwnViewUpdateTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    /** The first version as it was before 1.1.0: the monthly indicators rated by company and counsellor only. */
    private static Definition before() {
        Definition now = DefaultDefinition.definition();
        List<Indicator> indicators = now.indicators().stream().map(indicator -> indicator.ownView() == null ? indicator
                : new Indicator(indicator.id(), indicator.name(), indicator.description(), indicator.cadence(),
                        Set.of(Rater.COMPANY, Rater.COUNSELLOR), indicator.scale(), indicator.feeds())).toList();
        return new Definition(now.traits(), now.dimensions(), indicators, now.correctionWindowDays());
    }

    @Test
    void theMonthlyIndicatorsGainTheYoungPersonsOwnViewAsANewVersion() throws Exception {
        UpdateStep step = new ReportingVersionHandler().updateSteps().get(0);
        assertEquals("1.1.0", step.version().toString());
        Configuration updated = running.platform().repository().withServiceSession(session -> {
            TraitConfiguration.store(session, 2, "coordinator", "as before 1.1.0", before(), running.clock().instant());
            runTasks(step, session, running.clock());
            session.save();
            return TraitConfiguration.currentIn(session);
        });
        assertEquals(3, updated.version(), "versions are never changed: the update is the next one");
        assertEquals("system:update", updated.createdBy());
        assertEquals(DefaultDefinition.definition(), updated.definition(), "as a fresh install has it");
    }

    @Test
    void aCoordinatorsOtherScaleKeepsTheIndicatorsOwnWordingForTheYoungPerson() {
        Definition old = before();
        Indicator goal = old.indicator("realistisk-maal").orElseThrow();
        Scale fourSteps = new Scale(1, 4, goal.scale().anchors().subList(0, 4));
        List<Indicator> indicators = old.indicators().stream().map(indicator -> indicator != goal ? indicator
                : new Indicator(goal.id(), goal.name(), goal.description(), goal.cadence(), goal.raters(), fourSteps,
                        goal.feeds())).toList();
        Definition updated = ReportingVersionHandler.withOwnViews(new Definition(old.traits(), old.dimensions(), indicators,
                old.correctionWindowDays()));
        Indicator updatedGoal = updated.indicator("realistisk-maal").orElseThrow();
        assertTrue(updatedGoal.ratedBy(Rater.YOUNG_PERSON));
        assertNull(updatedGoal.ownView(), "five anchors do not fit four steps: asked in the indicator's words");
        assertEquals(updated, ReportingVersionHandler.withOwnViews(updated), "run again, nothing changes");
    }

    /** Runs an update step's tasks in a session, as the module system does (the caller saves). */
    static void runTasks(UpdateStep step, Session session, Clock clock) {
        for (Task task : step.tasks()) {
            try {
                task.execute(context(session, clock));
            } catch (Exception e) {
                throw new IllegalStateException(task.description(), e);
            }
        }
    }

    /** An install context over a session, as the module system gives the tasks of a step. */
    static InstallContext context(Session session, Clock clock) {
        return new InstallContext() {
            @Override
            public ModuleDescriptor module() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Session session() {
                return session;
            }

            @Override
            public PortalConfiguration configuration() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public void importBootstrap(String resource, String parentPath) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
