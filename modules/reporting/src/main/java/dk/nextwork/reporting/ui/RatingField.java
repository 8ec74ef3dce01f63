package dk.nextwork.reporting.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;

import dk.nextwork.reporting.Indicator;

/**
 * One indicator on a form: its steps side by side (thumb-sized on a phone) plus "cannot judge",
 * with the chosen step's anchor text under it, so the rater sees what a number means.
 */
class RatingField extends RadioButtonGroup<Integer> {

    /** The choice "cannot judge": the indicator is then missing from the report, never zero. */
    static final Integer CANNOT_JUDGE = Integer.MIN_VALUE;

    private final Indicator indicator;
    private final String language;

    private final Span question;

    RatingField(Indicator indicator, String language, String cannotJudge) {
        this.indicator = indicator;
        this.language = language;
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
        setItemLabelGenerator(step -> CANNOT_JUDGE.equals(step) ? cannotJudge : String.valueOf(step));
        addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        setId("rating-" + indicator.id());
        addClassName("rating-field");
        addValueChangeListener(event -> explain());
        explain();
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

    private void explain() {
        Integer value = getValue();
        String description = indicator.description().in(language);
        if (value != null && !CANNOT_JUDGE.equals(value)) {
            setHelperText(value + ": " + indicator.scale().anchor(value).in(language));
        } else {
            setHelperText(description.isEmpty()
                    ? indicator.scale().min() + ": " + indicator.scale().anchor(indicator.scale().min()).in(language) + " … "
                    + indicator.scale().max() + ": " + indicator.scale().anchor(indicator.scale().max()).in(language)
                    : description);
        }
    }
}
