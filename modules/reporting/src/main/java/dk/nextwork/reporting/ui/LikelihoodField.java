package dk.nextwork.reporting.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import dk.nextwork.reporting.Likelihood;
import dk.nextwork.shell.TouchTarget;

/**
 * The counsellor's monthly question, how likely the young person is in a job or education a year
 * from now: its steps with their words ("4 – Sandsynligt") one under the other, plus "don't know"
 * (unanswered). Laid out like the rating fields, so the form reads as one.
 */
class LikelihoodField extends RadioButtonGroup<Integer> {

    private static final Integer UNANSWERED = Integer.MIN_VALUE;

    private final Function<String, String> text;
    private final Span question;

    LikelihoodField(String questionText, Function<String, String> text) {
        this.text = text;
        question = new Span(questionText);
        question.setId("question-likelihood");
        question.addClassName("rating-question");
        question.getStyle().set("display", "block").set("font-weight", "600").set("margin-top", "var(--lumo-space-m)");
        setAriaLabelledBy(question.getId().orElseThrow());
        setWidthFull();
        List<Integer> steps = new ArrayList<>();
        for (int step = Likelihood.MIN; step <= Likelihood.MAX; step++) {
            steps.add(step);
        }
        steps.add(UNANSWERED);
        setItems(steps);
        setRenderer(new ComponentRenderer<>(this::step));
        addThemeVariants(RadioGroupVariant.LUMO_VERTICAL, RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        setHelperText(text.apply("reporting.likelihood.help"));
        setId("report-likelihood");
        addClassName("rating-field");
    }

    Span question() {
        return question;
    }

    /** Shows a saved answer; "don't know" for a submitted report without one. */
    void show(Optional<Integer> answer, boolean submitted) {
        setValue(answer.orElse(submitted ? UNANSWERED : null));
    }

    /** The answer, empty when not given or "don't know". */
    Optional<Integer> answer() {
        Integer value = getValue();
        return value == null || UNANSWERED.equals(value) ? Optional.empty() : Optional.of(value);
    }

    String label(Integer step) {
        return UNANSWERED.equals(step) ? text.apply("reporting.form.cannotJudge")
                : step + " – " + text.apply(Likelihood.stepKey(step));
    }

    private Span step(Integer step) {
        Span label = new Span(label(step));
        label.addClassName("rating-step");
        label.getStyle().set("display", "flex").set("align-items", "center").set("min-height", TouchTarget.MIN_HEIGHT);
        return label;
    }
}
