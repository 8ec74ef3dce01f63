package dk.nextwork.reporting.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Definition;
import dk.nextwork.reporting.Dimension;
import dk.nextwork.reporting.Feed;
import dk.nextwork.reporting.Indicator;
import dk.nextwork.reporting.Rater;
import dk.nextwork.reporting.Scale;
import dk.nextwork.reporting.Trait;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.Messages;

/**
 * Edits one indicator of the working copy: names, cadence, raters, the scale with an anchor text
 * per step, and the weight it counts with towards each trait and dimension (empty: not at all).
 */
class IndicatorDialog extends Dialog {

    private final TextField id = new TextField();
    private final BilingualFields name;
    private final BilingualFields description;
    private final Select<Cadence> cadence = new Select<>();
    private final CheckboxGroup<Rater> raters = new CheckboxGroup<>();
    private final IntegerField min = new IntegerField();
    private final IntegerField max = new IntegerField();
    private final FormLayout anchors = new FormLayout();
    private final List<BilingualFields> anchorFields = new ArrayList<>();
    private final Scale seed;
    /** The young person's own wording, which this dialog does not edit: kept while it still fits. */
    private final Indicator.OwnView ownView;
    private int anchorsMin;
    private final List<NumberField> weights = new ArrayList<>();
    private final List<String> targets = new ArrayList<>();

    IndicatorDialog(Definition working, Indicator indicator, boolean isNew, Consumer<Indicator> done,
                    java.util.function.Function<String, String> text) {
        ownView = indicator.ownView();
        setHeaderTitle(text.apply(isNew ? "reporting.config.indicator.new" : "reporting.config.indicator.edit"));
        setWidth("min(56rem, 100vw)");
        id.setLabel(text.apply("reporting.config.key"));
        id.setValue(indicator.id());
        id.setReadOnly(!isNew);
        id.setHelperText(text.apply("reporting.config.keyHelp"));
        name = BilingualFields.line(text.apply("reporting.config.name"), indicator.name());
        description = BilingualFields.text(text.apply("reporting.config.description"), indicator.description());
        cadence.setLabel(text.apply("reporting.config.cadence"));
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(value -> text.apply("reporting.cadence." + value.name().toLowerCase(Locale.ROOT)));
        cadence.setValue(indicator.cadence());
        raters.setLabel(text.apply("reporting.config.raters"));
        raters.setItems(Rater.values());
        raters.setItemLabelGenerator(value -> text.apply("reporting.rater." + value.name().toLowerCase(Locale.ROOT)));
        raters.setValue(indicator.raters().isEmpty() ? Set.of() : EnumSet.copyOf(indicator.raters()));
        min.setLabel(text.apply("reporting.config.min"));
        max.setLabel(text.apply("reporting.config.max"));
        min.setValue(indicator.scale().min());
        max.setValue(indicator.scale().max());
        seed = indicator.scale();
        min.addValueChangeListener(event -> anchorsFor(text));
        max.addValueChangeListener(event -> anchorsFor(text));
        anchorsFor(text);
        FormLayout form = new FormLayout();
        form.add(id);
        form.add(name.fields());
        form.add(description.fields());
        form.add(cadence, raters, min, max);
        form.setColspan(raters, 1);
        FormLayout feeds = new FormLayout();
        for (Dimension dimension : working.dimensions()) {
            feeds.add(weight(dimension.id(), dimension.name(), indicator));
        }
        for (Trait trait : working.traits()) {
            feeds.add(weight(trait.id(), trait.name(), indicator));
        }
        Paragraph problem = Messages.problem("indicator-problem");
        add(form, new H3(text.apply("reporting.config.anchors")), anchors, new H3(text.apply("reporting.config.feeds")),
                new Paragraph(text.apply("reporting.config.feedsHelp")), feeds, problem);
        Button ok = new Button(text.apply("reporting.config.apply"), click -> {
            Indicator edited = value();
            if (edited == null) {
                problem.setText(text.apply("reporting.config.scaleNumbers"));
                return;
            }
            done.accept(edited);
        });
        ok.setId("indicator-apply");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(text.apply("reporting.config.cancel"), click -> close()), ok);
    }

    private NumberField weight(String target, Bilingual label, Indicator indicator) {
        NumberField weight = new NumberField(label.in(CurrentUser.language()));
        weight.setMin(0);
        weight.setStep(0.5);
        weight.setId("weight-" + target);
        indicator.feeds().stream().filter(feed -> feed.target().equals(target)).findFirst()
                .ifPresent(feed -> weight.setValue(feed.weight()));
        targets.add(target);
        weights.add(weight);
        return weight;
    }

    /** One pair of anchor fields per step; texts already written are kept when the range changes. */
    private void anchorsFor(java.util.function.Function<String, String> text) {
        List<Bilingual> known = anchorFields.isEmpty() ? seed.anchors()
                : anchorFields.stream().map(BilingualFields::value).toList();
        int knownMin = anchorFields.isEmpty() ? seed.min() : anchorsMin;
        Integer from = min.getValue();
        Integer to = max.getValue();
        anchors.removeAll();
        anchorFields.clear();
        if (from == null || to == null || to < from || to - from > 20) {
            return;
        }
        for (int step = from; step <= to; step++) {
            int index = step - knownMin;
            Bilingual anchor = index >= 0 && index < known.size() ? known.get(index) : new Bilingual("", "");
            BilingualFields fields = BilingualFields.line(text.apply("reporting.config.step") + " " + step, anchor);
            anchorFields.add(fields);
            anchors.add(fields.fields());
        }
        anchorsMin = from;
    }

    /** The indicator as filled in; null when the scale's ends are not numbers. */
    private Indicator value() {
        if (min.getValue() == null || max.getValue() == null) {
            return null;
        }
        List<Feed> feeds = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Double weight = weights.get(i).getValue();
            if (weight != null && weight != 0) {
                feeds.add(new Feed(targets.get(i), weight));
            }
        }
        Scale scale = new Scale(min.getValue(), max.getValue(), anchorFields.stream().map(BilingualFields::value).toList());
        // without the young person rating it or with other steps, their wording no longer fits: they are asked in the indicator's own
        boolean ownViewFits = ownView != null && raters.getValue().contains(Rater.YOUNG_PERSON)
                && ownView.anchors().size() == scale.max() - scale.min() + 1;
        return new Indicator(id.getValue().strip(), name.value(), description.value(), cadence.getValue(), raters.getValue(),
                scale, feeds, ownViewFits ? ownView : null);
    }
}
