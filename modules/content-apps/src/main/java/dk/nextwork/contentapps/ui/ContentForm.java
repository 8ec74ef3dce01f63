package dk.nextwork.contentapps.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import dk.nextwork.contentapps.ContentItem;
import dk.nextwork.dam.Asset;
import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.content.FieldError;
import dk.nextwork.platform.content.PropertyDefinition;
import dk.nextwork.platform.content.PropertyType;
import dk.nextwork.platform.i18n.Languages;
import dk.nextwork.site.PagePreview;

/**
 * A form made from a content type: a field for each property, chosen by its type (text, text
 * area, Markdown with a live preview, number, checkbox, date, a choice of options, a link picker,
 * an asset picker, lists of values), the type's limits shown at the field, and localised
 * properties on a tab per language. Values go in and out by stored property name.
 */
public class ContentForm extends VerticalLayout {

    /** Where pickers find what can be chosen. */
    public interface Choices {
        List<ContentItem> itemsOfType(String typeName);

        List<Asset> assets();
    }

    private final ContentType type;
    private final String uiLanguage;
    private final Choices choices;
    private final Map<String, FormField<?>> fields = new LinkedHashMap<>();
    private final Map<String, Tab> tabOfField = new LinkedHashMap<>();
    private final List<Runnable> changeListeners = new ArrayList<>();
    private TabSheet languages;
    private Map<String, Object> baseline = Map.of();

    public ContentForm(ContentType type, String uiLanguage, Choices choices) {
        this.type = type;
        this.uiLanguage = uiLanguage;
        this.choices = choices;
        setPadding(false);
        FormLayout common = new FormLayout();
        common.addClassName("content-form-common");
        for (PropertyDefinition property : type.properties()) {
            if (!property.localised()) {
                add(common, property, field(property, Languages.DEFAULT));
            }
        }
        if (common.getChildren().findAny().isPresent()) {
            add(common);
        }
        if (type.properties().stream().anyMatch(PropertyDefinition::localised)) {
            languages = new TabSheet();
            languages.setWidthFull();
            for (String language : Languages.ALL) {
                FormLayout form = new FormLayout();
                Tab tab = languages.add(getTranslation("content.language." + language), form);
                tab.setId("tab-" + language);
                for (PropertyDefinition property : type.properties()) {
                    if (property.localised()) {
                        add(form, property, field(property, language));
                        tabOfField.put(property.storedName(language), tab);
                    }
                }
            }
            add(languages);
        }
    }

    /** Long texts take the whole width of the form. */
    private static void add(FormLayout form, PropertyDefinition property, Component field) {
        form.add(field);
        if (property.type() == PropertyType.TEXT || property.type() == PropertyType.RICHTEXT) {
            form.setColspan(field, 2);
        }
    }

    public ContentType type() {
        return type;
    }

    /** Shows these values (by stored name); what the form holds now counts as unchanged. */
    public void setValues(Map<String, Object> values) {
        for (FormField<?> field : fields.values()) {
            field.clearError();
            field.setValue(values.get(field.key()));
        }
        baseline = values();
    }

    /** The values the editor sees, by stored name; empty fields are left out. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField<?> field : fields.values()) {
            Object value = field.value();
            if (value != null) {
                values.put(field.key(), value);
            }
        }
        return values;
    }

    /** Whether the editor changed anything since the values were set. */
    public boolean isDirty() {
        return !Objects.equals(values(), baseline);
    }

    /** Counts what the form holds now as unchanged (after it was saved). */
    public void markSaved() {
        baseline = values();
    }

    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    /**
     * Shows each error at its field, in the user's language, and opens the language tab of the
     * first; returns the errors that belong to no field.
     */
    public List<FieldError> showErrors(List<FieldError> errors) {
        clearErrors();
        List<FieldError> elsewhere = new ArrayList<>();
        boolean tabChosen = false;
        for (FieldError error : errors) {
            FormField<?> field = fields.get(error.field());
            if (field == null) {
                elsewhere.add(error);
                continue;
            }
            field.showError(message(error));
            if (!tabChosen && tabOfField.containsKey(error.field())) {
                languages.setSelectedTab(tabOfField.get(error.field()));
                tabChosen = true;
            }
        }
        return elsewhere;
    }

    /** An error as the user reads it. */
    public String message(FieldError error) {
        String key = "content.error." + error.code();
        String text = getTranslation(key, error.values().toArray());
        return text.equals(key) || text.startsWith("!") ? error.message() : text;
    }

    public void clearErrors() {
        fields.values().forEach(FormField::clearError);
    }

    /** The field for a stored property name, for tests and focus. */
    public Component field(String key) {
        return fields.get(key).component();
    }

    private Component field(PropertyDefinition property, String language) {
        String key = property.storedName(language);
        FormField<?> field = create(property, key);
        fields.put(key, field);
        field.input().addValueChangeListener(event -> changeListeners.forEach(Runnable::run));
        if (field.input() instanceof com.vaadin.flow.component.HasLabel labelled) {
            labelled.setLabel(property.labelIn(uiLanguage));
        }
        if (property.required() && Languages.DEFAULT.equals(language)) {
            field.input().setRequiredIndicatorVisible(true);
        }
        field.component().getElement().setAttribute("data-field", key);
        return field.component();
    }

    private FormField<?> create(PropertyDefinition property, String key) {
        if (property.multiple() && property.type() != PropertyType.LINK) {
            return tags(property, key);
        }
        return switch (property.type()) {
            case STRING -> !property.options().isEmpty() ? options(property, key) : text(new TextField(), property, key);
            case TEXT -> text(new TextArea(), property, key);
            case RICHTEXT -> property.format().filter("html"::equals).isPresent() ? text(new TextArea(), property, key)
                    : markdown(property, key);
            case BOOLEAN -> checkbox(key);
            case LONG -> whole(property, key);
            case DOUBLE -> decimal(property, key);
            case DATE -> date(key);
            case LINK -> property.multiple() ? links(property, key) : link(property, key);
            case ASSET -> asset(key);
        };
    }

    private static <C extends Component & com.vaadin.flow.component.HasValue<?, String>> FormField<String> text(
            C input, PropertyDefinition property, String key) {
        if (input instanceof TextField field) {
            property.maxLength().ifPresent(field::setMaxLength);
            field.setWidthFull();
        }
        if (input instanceof TextArea area) {
            property.maxLength().ifPresent(area::setMaxLength);
            area.setWidthFull();
        }
        return new FormField<>(key, input, input, stored -> stored == null ? "" : String.valueOf(stored),
                value -> value == null || value.isBlank() ? null : value);
    }

    /** Markdown in a text area, with the text as the site will show it beside it, updated as the editor types. */
    private FormField<String> markdown(PropertyDefinition property, String key) {
        TextArea area = new TextArea();
        area.setWidthFull();
        area.setMinHeight("10rem");
        property.maxLength().ifPresent(area::setMaxLength);
        area.setHelperText(getTranslation("content.markdown.help"));
        area.setValueChangeMode(ValueChangeMode.LAZY);
        Div preview = new Div();
        preview.addClassName("markdown-preview");
        preview.getElement().setAttribute("aria-live", "polite");
        // it scrolls: reachable by keyboard, and named for screen readers
        preview.getElement().setAttribute("tabindex", "0");
        preview.getElement().setAttribute("role", "region");
        preview.getElement().setAttribute("aria-label", getTranslation("content.markdown.preview"));
        preview.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("padding", "0 var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("max-height", "20rem").set("overflow", "auto");
        area.addValueChangeListener(event -> preview.getElement().setProperty("innerHTML",
                PagePreview.markdown(event.getValue())));
        Span previewLabel = new Span(getTranslation("content.markdown.preview"));
        previewLabel.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout shown = new VerticalLayout(previewLabel, preview);
        shown.setPadding(false);
        shown.setSpacing(false);
        com.vaadin.flow.component.orderedlayout.FlexLayout both = new com.vaadin.flow.component.orderedlayout.FlexLayout(area, shown);
        both.setFlexWrap(com.vaadin.flow.component.orderedlayout.FlexLayout.FlexWrap.WRAP);
        both.getStyle().set("gap", "var(--lumo-space-m)");
        area.getStyle().set("flex", "1 1 20rem");
        shown.getStyle().set("flex", "1 1 20rem");
        both.setWidthFull();
        return new FormField<>(key, both, area, stored -> stored == null ? "" : String.valueOf(stored),
                value -> value == null || value.isBlank() ? null : value);
    }

    private FormField<String> options(PropertyDefinition property, String key) {
        Select<String> select = new Select<>();
        select.setItems(property.options());
        select.setEmptySelectionAllowed(!property.required());
        select.setEmptySelectionCaption(getTranslation("content.none"));
        return new FormField<>(key, select, select, stored -> stored == null ? null : String.valueOf(stored), value -> value);
    }

    private FormField<Set<String>> tags(PropertyDefinition property, String key) {
        MultiSelectComboBox<String> box = new MultiSelectComboBox<>();
        Set<String> known = new LinkedHashSet<>();
        box.setItems(new ArrayList<>(known));
        box.setAllowCustomValue(true);
        box.setHelperText(getTranslation("content.tags.help"));
        box.setWidthFull();
        box.addCustomValueSetListener(event -> {
            String value = event.getDetail().strip();
            if (!value.isEmpty()) {
                property.maxLength().filter(max -> value.length() > max).ifPresentOrElse(max -> {
                    box.setErrorMessage(getTranslation("content.error.tooLong", value.length(), max));
                    box.setInvalid(true);
                }, () -> {
                    Set<String> selected = new LinkedHashSet<>(box.getValue());
                    known.addAll(selected);
                    known.add(value);
                    box.setItems(new ArrayList<>(known));
                    selected.add(value);
                    box.setValue(selected);
                });
            }
        });
        return new FormField<>(key, box, box, stored -> {
            Set<String> values = new LinkedHashSet<>();
            if (stored instanceof List<?> list) {
                list.forEach(item -> values.add(String.valueOf(item)));
            }
            known.addAll(values);
            box.setItems(new ArrayList<>(known));
            return values;
        }, value -> value == null || value.isEmpty() ? null : value.stream().map(text -> parsed(property.type(), text)).toList());
    }

    /**
     * One value of a list typed in as text, as its property's type stores it; what does not parse
     * stays text, so the content type's check says what is wrong at the field.
     */
    private static Object parsed(PropertyType type, String text) {
        try {
            return switch (type) {
                case LONG -> Long.parseLong(text.strip());
                case DOUBLE -> Double.parseDouble(text.strip().replace(',', '.'));
                case BOOLEAN -> "true".equals(text.strip()) ? Boolean.TRUE : "false".equals(text.strip()) ? (Object) Boolean.FALSE : text;
                case DATE -> LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
                default -> text;
            };
        } catch (RuntimeException notOfTheType) {
            return text;
        }
    }

    private static FormField<Boolean> checkbox(String key) {
        Checkbox box = new Checkbox();
        return new FormField<>(key, box, box, stored -> Boolean.TRUE.equals(stored),
                value -> Boolean.TRUE.equals(value) ? Boolean.TRUE : null);
    }

    private FormField<Integer> whole(PropertyDefinition property, String key) {
        IntegerField field = new IntegerField();
        property.min().ifPresent(min -> field.setMin((int) Math.max(Integer.MIN_VALUE, min)));
        property.max().ifPresent(max -> field.setMax((int) Math.min(Integer.MAX_VALUE, max)));
        field.setStepButtonsVisible(true);
        return new FormField<>(key, field, field, stored -> stored instanceof Number n ? n.intValue() : null,
                value -> value == null ? null : (Object) value.longValue());
    }

    private FormField<Double> decimal(PropertyDefinition property, String key) {
        NumberField field = new NumberField();
        property.min().ifPresent(field::setMin);
        property.max().ifPresent(field::setMax);
        return new FormField<>(key, field, field, stored -> stored instanceof Number n ? n.doubleValue() : null,
                value -> value);
    }

    private FormField<LocalDate> date(String key) {
        DatePicker picker = new DatePicker();
        picker.setLocale("en".equals(uiLanguage) ? Locale.UK : Locale.forLanguageTag("da-DK"));
        return new FormField<>(key, picker, picker,
                stored -> stored instanceof Calendar calendar ? calendar.toInstant().atZone(ZoneOffset.UTC).toLocalDate() : null,
                value -> value == null ? null : value.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private FormField<String> link(PropertyDefinition property, String key) {
        ComboBox<String> box = new ComboBox<>();
        Map<String, String> titles = titles(property);
        box.setItems(new ArrayList<>(titles.keySet()));
        box.setItemLabelGenerator(path -> titles.getOrDefault(path, path));
        box.setClearButtonVisible(true);
        box.setWidthFull();
        return new FormField<>(key, box, box, stored -> stored == null ? null : String.valueOf(stored), value -> value);
    }

    private FormField<Set<String>> links(PropertyDefinition property, String key) {
        MultiSelectComboBox<String> box = new MultiSelectComboBox<>();
        Map<String, String> titles = titles(property);
        box.setItems(new ArrayList<>(titles.keySet()));
        box.setItemLabelGenerator(path -> titles.getOrDefault(path, path));
        box.setWidthFull();
        return new FormField<>(key, box, box, stored -> {
            Set<String> values = new LinkedHashSet<>();
            if (stored instanceof List<?> list) {
                list.forEach(item -> values.add(String.valueOf(item)));
            } else if (stored != null) {
                values.add(String.valueOf(stored));
            }
            return values;
        }, value -> value == null || value.isEmpty() ? null : List.copyOf(value));
    }

    private Map<String, String> titles(PropertyDefinition property) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (ContentItem item : choices.itemsOfType(property.target().orElse(""))) {
            titles.put(item.path(), item.title() + " (" + item.path() + ")");
        }
        return titles;
    }

    /** A DAM asset by name, or the path of a light module's file typed in. */
    private FormField<String> asset(String key) {
        ComboBox<String> box = new ComboBox<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Asset asset : choices.assets()) {
            names.put(asset.reference(), asset.fileName() + (asset.alt() == null ? "" : " – " + asset.alt()));
        }
        Supplier<List<String>> items = () -> new ArrayList<>(names.keySet());
        box.setItems(items.get());
        box.setItemLabelGenerator(reference -> names.getOrDefault(reference, reference));
        box.setAllowCustomValue(true);
        box.setHelperText(getTranslation("content.asset.help"));
        box.setClearButtonVisible(true);
        box.setWidthFull();
        box.addCustomValueSetListener(event -> {
            names.putIfAbsent(event.getDetail(), event.getDetail());
            box.setItems(items.get());
            box.setValue(event.getDetail());
        });
        Function<Object, String> toInput = stored -> {
            if (stored == null) {
                return null;
            }
            String value = String.valueOf(stored);
            if (!names.containsKey(value)) {
                names.put(value, value);
                box.setItems(items.get());
            }
            return value;
        };
        return new FormField<>(key, box, box, toInput, value -> value == null || value.isBlank() ? null : value);
    }
}
