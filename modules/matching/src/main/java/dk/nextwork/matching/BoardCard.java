package dk.nextwork.matching;

import java.time.LocalDate;
import java.util.List;

/**
 * A young person on the matching board: their name, their stage, since when, and the next step
 * (a text key {@code matching.next.*} with its values).
 */
public record BoardCard(String youngPerson, String name, BoardStage stage, LocalDate since, String nextStep,
                        List<Object> nextStepValues) {

    public BoardCard {
        nextStepValues = List.copyOf(nextStepValues);
    }
}
