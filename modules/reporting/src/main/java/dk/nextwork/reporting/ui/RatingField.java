package dk.nextwork.reporting.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import dk.nextwork.reporting.Indicator;
import dk.nextwork.shell.TouchTarget;

/**
 * One indicator on a form: its steps one under the other, each with its number and anchor text
 * ("3 – Lykkes somme tider"), plus "cannot judge", so the rater reads what a number means before
 * choosing it. The indicator's description stays above the steps whatever is chosen. Each step is
 * a touch target high.
 */
class RatingField extends RadioButtonGroup<Integer> {

    /** The choice "cannot judge": the indicator is then missing from the report, never zero. */
    static final Integer CANNOT_JUDGE = Integer.MIN_VALUE;

    private final Indicator indicator;
    private final String language;
    private final String cannotJudge;

    private final Span question;

    RatingField(Indicator indicator, String language, String cannotJudge) {
        this.indicator = indicator;
        this.language = language;
        this.cannotJudge = cannotJudge;
        // a field label does not wrap, and questions are long on a phone: a text of its own names the field
        question = new Span(indicator.name().in(language));
        question.setId("question-" + indicator.id());
        question.addClassName("rating-question");
        question.getStyle().set("display", "block").set("font-weight", "600").set("margin-top", "var(--lumo-space-m)");
        setAriaLabelledBy(question.getId().orElseThrow());
        setWidthFull();
        List<Integer> steps = new ArrayList<>();
        for (int step = indicator.scale().min(); step <= indicator.scale().max(); step++) {
            steps.add(step);
        }
        steps.add(CANNOT_JUDGE);
        setItems(steps);
        setRenderer(new ComponentRenderer<>(this::step));
        addThemeVariants(RadioGroupVariant.LUMO_VERTICAL, RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        String description = indicator.description().in(language);
        if (!description.isEmpty()) {
            setHelperText(description);
        }
        setId("rating-" + indicator.id());
        addClassName("rating-field");
    }

    /** The question or quality rated, to be shown just before the field. */
    Span question() {
        return question;
    }

    String indicatorId() {
        return indicator.id();
    }

    /** The rating, empty when not given or "cannot judge". */
    Optional<Integer> rating() {
        Integer value = getValue();
        return value == null || CANNOT_JUDGE.equals(value) ? Optional.empty() : Optional.of(value);
    }

    /** What a step reads as next to its radio button: its number and what the number means. */
    String label(Integer step) {
        if (CANNOT_JUDGE.equals(step)) {
            return cannotJudge;
        }
        String anchor = indicator.scale().anchor(step).in(language);
        return anchor.isEmpty() ? String.valueOf(step) : step + " – " + anchor;
    }

    private Span step(Integer step) {
        Span label = new Span(label(step));
        label.addClassName("rating-step");
        // the label is the radio button's clickable part: as a block this high, the whole row is a touch target
        label.getStyle().set("display", "flex").set("align-items", "center").set("min-height", TouchTarget.MIN_HEIGHT);
        return label;
    }
}
