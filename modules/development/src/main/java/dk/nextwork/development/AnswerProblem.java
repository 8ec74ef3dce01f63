package dk.nextwork.development;

import java.util.List;

/**
 * One answer of a conversation the rules refuse: which answer and why, as a text key
 * ({@code development.refused.*}) with its values.
 */
public record AnswerProblem(Answer answer, String reason, List<Object> values) {

    /** The answers of the four questions; the fourth has two, the chosen area and the note on it. */
    public enum Answer {
        DIFFERENT(1), EXAMPLES(2), APPRECIATED(3), FOCUS(4), FOCUS_NOTE(4);

        private final int question;

        Answer(int question) {
            this.question = question;
        }

        /** The question it answers, 1 to 4. */
        public int question() {
            return question;
        }
    }

    public AnswerProblem {
        values = List.copyOf(values);
    }

    static AnswerProblem of(Answer answer, String reason, Object... values) {
        return new AnswerProblem(answer, reason, List.of(values));
    }

    public int question() {
        return answer.question();
    }

    /** Whether the question is simply not answered yet, rather than answered in a way that cannot be kept. */
    public boolean unanswered() {
        return reason.equals("development.refused.noAnswer") || reason.equals("development.refused.noFocus");
    }
}
