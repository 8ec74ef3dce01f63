package dk.nextwork.contentapps.ui;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;

import dk.nextwork.contentapps.internal.ValueComparison;
import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.content.PropertyDefinition;
import dk.nextwork.platform.i18n.Formats;
import java.util.Locale;

/**
 * Two sets of an item's values side by side, a row per field and language, the changed rows
 * marked (in words too, not by colour alone).
 */
public class DiffTable extends Grid<DiffTable.Row> {

    /** One field in one language: its label, both values as text, and whether they differ. */
    public record Row(String field, String label, String left, String right, boolean changed) {
    }

    public DiffTable(ContentType type, String language, String leftTitle, Map<String, Object> left,
                     String rightTitle, Map<String, Object> right, boolean onlyChanged) {
        List<Row> rows = new ArrayList<>();
        for (PropertyDefinition property : type.properties()) {
            for (String stored : property.storedNames()) {
                Object a = left.get(stored);
                Object b = right.get(stored);
                boolean changed = !ValueComparison.same(a, b);
                if (changed || !onlyChanged) {
                    String label = property.labelIn(language) + (stored.equals(property.name()) || !property.localised() ? ""
                            : " (" + getTranslation("content.language.en") + ")");
                    rows.add(new Row(stored, label, text(a, getLocale()), text(b, getLocale()), changed));
                }
            }
        }
        addColumn(Row::label).setHeader(getTranslation("content.diff.field")).setAutoWidth(true).setFlexGrow(0);
        // line breaks kept: Markdown and longer texts are compared as they were written
        addColumn(LitRenderer.<Row>of("<span style=\"white-space: pre-wrap\">${item.text}</span>").withProperty("text", Row::left))
                .setHeader(leftTitle);
        addColumn(LitRenderer.<Row>of("<span style=\"white-space: pre-wrap\">${item.text}</span>").withProperty("text", Row::right))
                .setHeader(rightTitle);
        addColumn(row -> row.changed() ? getTranslation("content.diff.changed") : "")
                .setHeader(getTranslation("content.diff.changedHeader")).setAutoWidth(true).setFlexGrow(0);
        setPartNameGenerator(row -> row.changed() ? "changed" : null);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setItems(rows);
        setAllRowsVisible(true);
        addClassName("diff-table");
    }

    /** The rows shown, for tests. */
    public List<Row> rows() {
        return getListDataView().getItems().toList();
    }

    static String text(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof Calendar calendar) {
            // a date field is stored as midnight UTC
            return Formats.date(calendar.toInstant().atZone(ZoneOffset.UTC).toLocalDate(), locale);
        }
        if (value instanceof java.time.Instant instant) {
            return Formats.date(instant.atZone(ZoneOffset.UTC).toLocalDate(), locale);
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(item -> text(item, locale)).toList());
        }
        if (value instanceof Boolean bool) {
            return bool ? "✓" : "–";
        }
        return Formats.value(value, locale);
    }
}
