package org.vaadin.addons.echartsflow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.vaadin.addons.echartsflow.option.ChartOption;

/**
 * The data of a chart as a native HTML table, for screen readers, keyboard users and anyone
 * who wants the numbers. Built from the same {@link ChartOption} as the chart:
 * <ul>
 * <li>cartesian charts (line, bar, scatter) with a category or time axis: a row per axis value,
 * a column per series;</li>
 * <li>radar: a row per indicator, a column per radar item;</li>
 * <li>heatmap: a row per y category, a column per x category.</li>
 * </ul>
 * The table sits in a region that scrolls sideways and can take keyboard focus, so that a
 * wide table stays readable on a narrow screen.
 *
 * <p>The formatters are kept with the component; pass serialisable functions (lambdas that
 * capture nothing unserialisable) if sessions are serialised.
 */
@Tag("div")
public class ChartDataTable extends Component implements HasSize, HasStyle {

    private static final String VISUALLY_HIDDEN = "position:absolute;width:1px;height:1px;margin:-1px;padding:0;"
            + "border:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap";

    private String caption;
    private ChartOption option;
    private Function<Object, String> valueFormatter = ChartDataTable::formatDefault;
    private Function<Object, String> rowHeaderFormatter = ChartDataTable::formatDefault;
    private Function<Object, String> missingText = row -> "No value";
    private String cornerHeader;

    public ChartDataTable(String caption, ChartOption option) {
        this.caption = Objects.requireNonNull(caption, "caption");
        this.option = Objects.requireNonNull(option, "option");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("tabindex", "0");
        getElement().getStyle().set("overflow-x", "auto").set("max-width", "100%");
        getElement().getClassList().add("echarts-flow-data-table");
        render();
    }

    public static ChartDataTable of(String caption, ChartOption option) {
        return new ChartDataTable(caption, option);
    }

    /** Shows another option (e.g. after the chart changed). */
    public ChartDataTable setOption(ChartOption option) {
        this.option = Objects.requireNonNull(option, "option");
        render();
        return this;
    }

    public ChartOption getOption() {
        return option;
    }

    public ChartDataTable setCaption(String caption) {
        this.caption = Objects.requireNonNull(caption, "caption");
        render();
        return this;
    }

    public String getCaption() {
        return caption;
    }

    /** Formats the value cells; it is not called for missing values. */
    public ChartDataTable setValueFormatter(Function<Object, String> formatter) {
        this.valueFormatter = Objects.requireNonNull(formatter, "formatter");
        render();
        return this;
    }

    /** Formats the row headers (category names, times, indicator names). */
    public ChartDataTable setRowHeaderFormatter(Function<Object, String> formatter) {
        this.rowHeaderFormatter = Objects.requireNonNull(formatter, "formatter");
        render();
        return this;
    }

    /**
     * What a missing value means, for assistive technology; such cells show "–" and carry this
     * text as a title and as visually hidden text. The default is "No value".
     */
    public ChartDataTable setMissingText(String missingText) {
        Objects.requireNonNull(missingText, "missingText");
        return setMissingText(row -> missingText);
    }

    /**
     * What a missing value means in a row, by the row's header value (before the row header
     * formatter), for data whose gaps differ in meaning: "not rated" in a finished period, "in
     * progress" in the current one.
     */
    public ChartDataTable setMissingText(Function<Object, String> missingTextOfRow) {
        this.missingText = Objects.requireNonNull(missingTextOfRow, "missingTextOfRow");
        render();
        return this;
    }

    /** The header above the row headers; by default the name of the axis the rows come from. */
    public ChartDataTable setCornerHeader(String cornerHeader) {
        this.cornerHeader = cornerHeader;
        render();
        return this;
    }

    private void render() {
        getElement().setAttribute("aria-label", caption);
        getElement().removeAllChildren();
        TableData data = TableData.from(option);
        Element table = new Element("table");
        table.appendChild(new Element("caption").setText(caption));

        Element headRow = new Element("tr");
        String corner = cornerHeader != null ? cornerHeader : data.cornerHeader();
        headRow.appendChild(new Element("th").setAttribute("scope", "col").setText(corner == null ? "" : corner));
        for (String column : data.columns()) {
            headRow.appendChild(new Element("th").setAttribute("scope", "col").setText(column == null ? "" : column));
        }
        table.appendChild(new Element("thead").appendChild(headRow));

        Element body = new Element("tbody");
        for (TableData.Row row : data.rows()) {
            Element tr = new Element("tr");
            tr.appendChild(new Element("th").setAttribute("scope", "row").setText(rowHeaderFormatter.apply(row.header())));
            for (Object value : row.values()) {
                tr.appendChild(cell(value, row.header()));
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
        getElement().appendChild(table);
    }

    private Element cell(Object value, Object rowHeader) {
        Element td = new Element("td");
        if (value == null) {
            String meaning = missingText.apply(rowHeader);
            td.setAttribute("title", meaning);
            td.appendChild(new Element("span").setAttribute("aria-hidden", "true").setText("–"));
            td.appendChild(new Element("span").setAttribute("style", VISUALLY_HIDDEN).setText(meaning));
        } else {
            td.setText(valueFormatter.apply(value));
        }
        return td;
    }

    /** Numbers without a trailing ".0"; everything else as its string. */
    static String formatDefault(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isFinite(d)) {
                return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            }
        }
        if (value instanceof BigDecimal bd) {
            return bd.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    /** The header texts of the table, for tests and for callers that render it themselves. */
    public List<String> getColumnHeaders() {
        List<String> headers = new ArrayList<>();
        TableData data = TableData.from(option);
        headers.add(cornerHeader != null ? cornerHeader : data.cornerHeader());
        headers.addAll(data.columns());
        return headers;
    }
}
