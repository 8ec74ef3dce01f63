package dk.nextwork.matching;

import java.time.LocalDate;
import java.util.Optional;

/** A trial day (praktikbesøg) a company invited a candidate to, and how it went once it has been. */
public record TrialDay(String offer, String youngPerson, LocalDate day, Optional<Outcome> outcome) {

    public enum Outcome {
        /** It went well. */
        WENT_WELL,
        /** Not the right match this time. */
        NOT_THIS_TIME,
        /** It did not happen. */
        DID_NOT_HAPPEN
    }
}
