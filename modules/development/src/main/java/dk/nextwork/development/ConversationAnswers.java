package dk.nextwork.development;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import dk.nextwork.development.AnswerProblem.Answer;

/**
 * The four answers as typed in; {@code focus} is a trait or dimension id. {@link #problems} are what
 * {@link Conversations#save} refuses, all of them at once, so a person can put everything right in
 * one go.
 */
public record ConversationAnswers(String different, String examples, String appreciated, String focus, String focusNote) {

    public static final int MAX_ANSWER = 2000;
    public static final int MAX_FOCUS_NOTE = 500;

    /**
     * Every answer that cannot be saved, in the questions' order: the three written answers must be
     * there and not too long, an area must be chosen among the {@code known} ones, and its optional
     * note not too long.
     */
    public List<AnswerProblem> problems(Predicate<String> known) {
        List<AnswerProblem> problems = new ArrayList<>();
        written(problems, Answer.DIFFERENT, different);
        written(problems, Answer.EXAMPLES, examples);
        written(problems, Answer.APPRECIATED, appreciated);
        String area = stripped(focus);
        if (area.isEmpty()) {
            problems.add(AnswerProblem.of(Answer.FOCUS, "development.refused.noFocus"));
        } else if (!known.test(area)) {
            problems.add(AnswerProblem.of(Answer.FOCUS, "development.refused.unknownFocus"));
        }
        if (stripped(focusNote).length() > MAX_FOCUS_NOTE) {
            problems.add(AnswerProblem.of(Answer.FOCUS_NOTE, "development.refused.tooLong", 4, MAX_FOCUS_NOTE));
        }
        return problems;
    }

    /** The answers without the spaces around them, as they are kept. */
    public ConversationAnswers stripped() {
        return new ConversationAnswers(stripped(different), stripped(examples), stripped(appreciated), stripped(focus),
                stripped(focusNote));
    }

    private static void written(List<AnswerProblem> problems, Answer answer, String text) {
        String written = stripped(text);
        if (written.isEmpty()) {
            problems.add(AnswerProblem.of(answer, "development.refused.noAnswer", answer.question()));
        } else if (written.length() > MAX_ANSWER) {
            problems.add(AnswerProblem.of(answer, "development.refused.tooLong", answer.question(), MAX_ANSWER));
        }
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }
}
