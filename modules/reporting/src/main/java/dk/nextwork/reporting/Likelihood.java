package dk.nextwork.reporting;

import java.time.Instant;

/**
 * A counsellor's monthly answer to "how likely is it that the young person is in a job or
 * education a year from now?", from {@value #MIN} (very unlikely) to {@value #MAX} (very likely),
 * asked in the counsellor's monthly assessment. Caseworkers' own belief predicts the outcome well,
 * so it is context for counsellors and coordinators: it feeds no score, and the young person and
 * the company never receive it.
 *
 * @param counsellor the account id of the counsellor who answered
 * @param answered   when the assessment holding it was submitted
 */
public record Likelihood(Period month, int answer, String counsellor, Instant answered) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public static boolean isAnswer(int answer) {
        return answer >= MIN && answer <= MAX;
    }

    /** The text key of a step's words ("Meget sandsynligt"). */
    public static String stepKey(int answer) {
        return "reporting.likelihood.step." + answer;
    }
}
