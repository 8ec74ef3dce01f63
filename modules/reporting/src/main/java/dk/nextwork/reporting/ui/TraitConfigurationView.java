package dk.nextwork.reporting.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.reporting.Bilingual;
import dk.nextwork.reporting.Cadence;
import dk.nextwork.reporting.Configuration;
import dk.nextwork.reporting.Definition;
import dk.nextwork.reporting.Dimension;
import dk.nextwork.reporting.Indicator;
import dk.nextwork.reporting.Rater;
import dk.nextwork.reporting.ReportingRefusedException;
import dk.nextwork.reporting.Trait;
import dk.nextwork.reporting.TraitConfiguration;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.UnsavedChanges;

/**
 * {@code /app/config/traits}: coordinators edit a working copy of the trait configuration (traits,
 * dimensions, indicators with scales, anchors, weights, cadence and raters, the correction window)
 * and save it as a new version; the versions saved so far are listed.
 */
@Route(value = "config/traits", layout = MainLayout.class)
@RolesAllowed(Role.COORDINATOR_ID)
@Dependent
public class TraitConfigurationView extends VerticalLayout implements HasDynamicTitle, BeforeLeaveObserver {

    private final TraitConfiguration configuration;
    private final SignedInUser user = CurrentUser.get();
    private final Paragraph version = new Paragraph();
    private final Grid<Trait> traitGrid = new Grid<>();
    private final Grid<Dimension> dimensionGrid = new Grid<>();
    private final Grid<Indicator> indicatorGrid = new Grid<>();
    private final Grid<Configuration> history = new Grid<>();
    private final IntegerField window = new IntegerField();
    private final TextField comment = new TextField();
    private final Paragraph problem = Messages.problem("config-problem");
    private final Paragraph unsaved = Messages.status("config-unsaved");
    private final Button save = new Button();
    private final List<Trait> traits = new ArrayList<>();
    private final List<Dimension> dimensions = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private int basedOn;
    /** The configuration as it was loaded: the working copy differs from it until it is saved. */
    private Definition loaded;

    @Inject
    public TraitConfigurationView(TraitConfiguration configuration) {
        this.configuration = configuration;
        String language = CurrentUser.language();
        add(new H1(getTranslation("reporting.config.title")), version, new Paragraph(getTranslation("reporting.config.intro")));

        traitGrid.addColumn(trait -> trait.name().in(language)).setHeader(getTranslation("reporting.config.name"));
        traitGrid.addColumn(trait -> trait.description().in(language)).setHeader(getTranslation("reporting.config.description"))
                .setFlexGrow(3);
        traitGrid.addComponentColumn(trait -> editButton(() -> editTrait(trait)))
                .setWidth("5rem").setFlexGrow(0);
        traitGrid.setAllRowsVisible(true);
        Button addTrait = new Button(getTranslation("reporting.config.trait.add"), VaadinIcon.PLUS.create(),
                click -> editTrait(new Trait("", new Bilingual("", ""), new Bilingual("", ""))));

        dimensionGrid.addColumn(dimension -> dimension.name().in(language)).setHeader(getTranslation("reporting.config.name"));
        dimensionGrid.addColumn(dimension -> cadence(dimension.cadence())).setHeader(getTranslation("reporting.config.cadence"));
        dimensionGrid.addColumn(dimension -> dimension.description().in(language))
                .setHeader(getTranslation("reporting.config.description")).setFlexGrow(3);
        dimensionGrid.addComponentColumn(dimension -> editButton(() -> editDimension(dimension)))
                .setWidth("5rem").setFlexGrow(0);
        dimensionGrid.setAllRowsVisible(true);

        indicatorGrid.addColumn(indicator -> indicator.name().in(language)).setHeader(getTranslation("reporting.config.name"))
                .setFlexGrow(2);
        indicatorGrid.addColumn(indicator -> cadence(indicator.cadence())).setHeader(getTranslation("reporting.config.cadence"));
        indicatorGrid.addColumn(indicator -> indicator.raters().stream().sorted().map(this::rater).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("reporting.config.raters"));
        indicatorGrid.addColumn(indicator -> indicator.scale().min() + "–" + indicator.scale().max())
                .setHeader(getTranslation("reporting.config.scale"));
        indicatorGrid.addColumn(this::feeds).setHeader(getTranslation("reporting.config.feeds")).setFlexGrow(2)
                .setTooltipGenerator(this::feeds);
        indicatorGrid.addComponentColumn(this::indicatorActions).setWidth("11rem").setFlexGrow(0);
        indicatorGrid.setAllRowsVisible(true);
        indicatorGrid.setId("indicators");
        indicatorGrid.addItemClickListener(click -> editIndicator(click.getItem()));
        traitGrid.addItemClickListener(click -> editTrait(click.getItem()));
        dimensionGrid.addItemClickListener(click -> editDimension(click.getItem()));
        Button addIndicator = new Button(getTranslation("reporting.config.indicator.add"), VaadinIcon.PLUS.create(),
                click -> editIndicator(null));
        addIndicator.setId("indicator-add");

        window.setLabel(getTranslation("reporting.config.window"));
        window.setMin(0);
        window.setStepButtonsVisible(true);
        window.setId("correction-window");
        comment.setLabel(getTranslation("reporting.config.comment"));
        comment.setWidthFull();
        comment.setId("config-comment");
        save.setText(getTranslation("reporting.config.save"));
        save.addClickListener(click -> save());
        save.setId("config-save");
        window.addValueChangeListener(change -> staged());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        history.addColumn(Configuration::version).setHeader(getTranslation("reporting.config.version")).setWidth("6rem")
                .setFlexGrow(0);
        history.addColumn(saved -> Formats.moment(saved.created(), getLocale())).setHeader(getTranslation("reporting.config.saved"));
        history.addColumn(Configuration::comment).setHeader(getTranslation("reporting.config.comment")).setFlexGrow(3);
        history.setAllRowsVisible(true);

        add(new H2(getTranslation("reporting.config.traits")), traitGrid, addTrait,
                new H2(getTranslation("reporting.config.dimensions")), dimensionGrid,
                new H2(getTranslation("reporting.config.indicators")), indicatorGrid, addIndicator,
                new H2(getTranslation("reporting.config.saveTitle")), window, comment, unsaved, problem, save,
                new H2(getTranslation("reporting.config.history")), history);
        load();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("reporting.config.title"));
    }

    private void load() {
        Configuration current = configuration.current();
        basedOn = current.version();
        version.setText(getTranslation("reporting.config.current", current.version(),
                Formats.moment(current.created(), getLocale())));
        traits.clear();
        traits.addAll(current.definition().traits());
        dimensions.clear();
        dimensions.addAll(current.definition().dimensions());
        indicators.clear();
        indicators.addAll(current.definition().indicators());
        window.setValue(current.definition().correctionWindowDays());
        comment.clear();
        loaded = current.definition();
        refresh();
        history.setItems(configuration.history());
    }

    private void refresh() {
        traitGrid.setItems(traits);
        dimensionGrid.setItems(dimensions);
        indicatorGrid.setItems(indicators);
        staged();
    }

    /** Whether the working copy has changes that are not saved as a version yet. */
    boolean hasUnsavedChanges() {
        return loaded != null && !working().equals(loaded);
    }

    /** Shows whether there are changes to save: they are only staged until "Gem ny version". */
    private void staged() {
        boolean changed = hasUnsavedChanges();
        unsaved.setText(changed ? getTranslation("reporting.config.unsaved") : "");
        save.setEnabled(changed);
        UnsavedChanges.mark(this, changed);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UnsavedChanges.guardTheTab(event.getUI());
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        UnsavedChanges.confirmLeaving(this, event, hasUnsavedChanges());
    }

    private Definition working() {
        return new Definition(traits, dimensions, indicators, window.getValue() == null ? -1 : window.getValue());
    }

    private void save() {
        try {
            Configuration saved = configuration.save(user, basedOn, working(), comment.getValue());
            problem.setText("");
            Notification.show(getTranslation("reporting.config.savedAs", saved.version()));
            load();
        } catch (ReportingRefusedException refused) {
            problem.setText(getTranslation(refused.reason(), refused.values()));
        }
    }

    private HorizontalLayout indicatorActions(Indicator indicator) {
        Button edit = editButton(() -> editIndicator(indicator));
        Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(indicator, -1));
        up.getElement().setAttribute("aria-label", getTranslation("reporting.config.up"));
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            indicators.remove(indicator);
            refresh();
        });
        remove.getElement().setAttribute("aria-label", getTranslation("reporting.config.remove"));
        remove.setId("indicator-remove-" + indicator.id());
        return new HorizontalLayout(edit, up, remove);
    }

    private Button editButton(Runnable edit) {
        Button button = new Button(VaadinIcon.EDIT.create(), click -> edit.run());
        button.getElement().setAttribute("aria-label", getTranslation("reporting.config.edit"));
        return button;
    }

    private void move(Indicator indicator, int by) {
        int at = indicators.indexOf(indicator);
        if (at + by >= 0 && at + by < indicators.size()) {
            indicators.remove(at);
            indicators.add(at + by, indicator);
            refresh();
        }
    }

    private void editIndicator(Indicator indicator) {
        boolean isNew = indicator == null;
        Indicator start = isNew ? Indicator.blank() : indicator;
        IndicatorDialog[] dialog = new IndicatorDialog[1];
        dialog[0] = new IndicatorDialog(working(), start, isNew, edited -> {
            List<Indicator> trial = new ArrayList<>(indicators);
            if (isNew) {
                trial.add(edited);
            } else {
                trial.set(trial.indexOf(indicator), edited);
            }
            if (check(trial, dialog[0])) {
                indicators.clear();
                indicators.addAll(trial);
                refresh();
                dialog[0].close();
            }
        }, key -> getTranslation(key));
        dialog[0].open();
    }

    /** Checks the working copy with a change; the dialog shows why it cannot be taken. */
    private boolean check(List<Indicator> trial, Dialog dialog) {
        try {
            TraitConfiguration.check(new Definition(traits, dimensions, trial, 0));
            return true;
        } catch (ReportingRefusedException refused) {
            dialog.getChildren().filter(child -> child.hasClassName("indicator-problem")).findFirst()
                    .ifPresent(child -> ((Paragraph) child).setText(getTranslation(refused.reason(), refused.values())));
            return false;
        }
    }

    private void editTrait(Trait trait) {
        boolean isNew = trait.id().isEmpty();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(isNew ? "reporting.config.trait.add" : "reporting.config.trait.edit"));
        TextField key = keyField(trait.id(), isNew);
        BilingualFields name = BilingualFields.line(getTranslation("reporting.config.name"), trait.name());
        BilingualFields description = BilingualFields.text(getTranslation("reporting.config.description"), trait.description());
        FormLayout form = new FormLayout(key);
        form.add(name.fields());
        form.add(description.fields());
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("reporting.config.cancel"), click -> dialog.close()),
                new Button(getTranslation("reporting.config.apply"), click -> {
                    Trait edited = new Trait(key.getValue().strip(), name.value(), description.value());
                    if (isNew) {
                        traits.add(edited);
                    } else {
                        traits.set(traits.indexOf(trait), edited);
                    }
                    refresh();
                    dialog.close();
                }));
        dialog.open();
    }

    private void editDimension(Dimension dimension) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("reporting.config.dimension.edit"));
        BilingualFields name = BilingualFields.line(getTranslation("reporting.config.name"), dimension.name());
        BilingualFields description = BilingualFields.text(getTranslation("reporting.config.description"), dimension.description());
        Select<Cadence> cadence = new Select<>();
        cadence.setLabel(getTranslation("reporting.config.cadence"));
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(this::cadence);
        cadence.setValue(dimension.cadence());
        FormLayout form = new FormLayout();
        form.add(name.fields());
        form.add(description.fields());
        form.add(cadence);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("reporting.config.cancel"), click -> dialog.close()),
                new Button(getTranslation("reporting.config.apply"), click -> {
                    dimensions.set(dimensions.indexOf(dimension),
                            new Dimension(dimension.id(), name.value(), description.value(), cadence.getValue()));
                    refresh();
                    dialog.close();
                }));
        dialog.open();
    }

    private TextField keyField(String value, boolean editable) {
        TextField key = new TextField(getTranslation("reporting.config.key"));
        key.setValue(value);
        key.setReadOnly(!editable);
        key.setHelperText(getTranslation("reporting.config.keyHelp"));
        return key;
    }

    private String feeds(Indicator indicator) {
        Definition working = working();
        return indicator.feeds().stream().map(feed -> working.targetName(feed.target()).map(name -> name.in(CurrentUser.language()))
                .orElse(feed.target()) + " ×" + Formats.number(feed.weight(), getLocale())).collect(Collectors.joining(", "));
    }

    private String cadence(Cadence cadence) {
        return getTranslation("reporting.cadence." + cadence.name().toLowerCase(Locale.ROOT));
    }

    private String rater(Rater rater) {
        return getTranslation("reporting.rater." + rater.name().toLowerCase(Locale.ROOT));
    }

    /** For tests. */
    Grid<Indicator> indicatorGrid() {
        return indicatorGrid;
    }
}
