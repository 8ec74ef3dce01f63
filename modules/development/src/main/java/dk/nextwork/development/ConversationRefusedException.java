package dk.nextwork.development;

import java.util.List;

/**
 * Answers {@link Conversations#save} refuses, every problem named; nothing was saved. One problem
 * is its own reason ("Svar på spørgsmål 2."); several are summed up by their questions ("Svar på
 * spørgsmål 2 og 4."), each still in {@link #problems} for the field it concerns.
 */
public class ConversationRefusedException extends DevelopmentRefusedException {

    private final transient List<AnswerProblem> problems;

    public ConversationRefusedException(List<AnswerProblem> problems) {
        super(reason(problems), values(problems));
        this.problems = List.copyOf(problems);
    }

    /** In the questions' order. */
    public List<AnswerProblem> problems() {
        return problems;
    }

    private static String reason(List<AnswerProblem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).reason();
        }
        return problems.stream().allMatch(AnswerProblem::unanswered) ? "development.refused.unanswered" : "development.refused.answers";
    }

    private static Object[] values(List<AnswerProblem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).values().toArray();
        }
        return new Object[] {problems.stream().map(AnswerProblem::question).distinct().toList()};
    }
}
