package dk.nextwork.reporting.internal;

/**
 * Asks the background worker to refresh a young person's part of the programme's figures soon,
 * after a save that marked them ({@link CohortContribution#markDue}). Only a hint: the mark in the
 * repository is what counts, and the worker's sweep finds it without the hint.
 */
@FunctionalInterface
public interface RefreshRequests {

    /** No worker here (services wired by hand): marks wait for {@code ProgrammeScores.refreshNow} or a sweep. */
    RefreshRequests NONE = youngPerson -> {
    };

    void soon(String youngPerson);
}
