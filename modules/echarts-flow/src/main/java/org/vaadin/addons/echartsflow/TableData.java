package org.vaadin.addons.echartsflow;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vaadin.addons.echartsflow.option.Axis;
import org.vaadin.addons.echartsflow.option.ChartOption;
import org.vaadin.addons.echartsflow.option.HeatmapSeries;
import org.vaadin.addons.echartsflow.option.Radar;
import org.vaadin.addons.echartsflow.option.RadarSeries;
import org.vaadin.addons.echartsflow.option.Series;

/** The rows and columns of a {@link ChartDataTable}, worked out from a chart option. */
record TableData(String cornerHeader, List<String> columns, List<Row> rows) {

    /** One table row: its header value and one value per column ({@code null} = missing). */
    record Row(Object header, List<Object> values) {
    }

    private static final Set<String> CARTESIAN_TYPES = Set.of("line", "bar", "scatter", "effectScatter", "pictorialBar");

    static TableData from(ChartOption option) {
        List<Series<?>> series = option.getSeries() == null ? List.of() : option.getSeries();
        if (series.stream().anyMatch(RadarSeries.class::isInstance)) {
            return radar(option, series);
        }
        if (series.stream().anyMatch(HeatmapSeries.class::isInstance)) {
            return heatmap(option, series);
        }
        return cartesian(option, series);
    }

    // Rows: the values along the category (or time) axis. Columns: the series.
    private static TableData cartesian(ChartOption option, List<Series<?>> all) {
        Axis x = first(option.getXAxis());
        Axis y = first(option.getYAxis());
        boolean horizontal = !isBaseAxis(x) && isBaseAxis(y);
        Axis base = horizontal ? y : x;
        int keyDim = horizontal ? 1 : 0;
        List<Object> categories = base == null || base.getData() == null ? List.of() : base.getData();

        List<Series<?>> series = all.stream().filter(s -> CARTESIAN_TYPES.contains(s.getType())).toList();
        Map<Object, Object[]> rows = new LinkedHashMap<>();
        for (Object category : categories) {
            rows.put(key(categoryName(category)), new Object[series.size()]);
        }
        Map<Object, Object> headers = new LinkedHashMap<>();
        for (Object category : categories) {
            headers.put(key(categoryName(category)), categoryName(category));
        }
        boolean addedKeys = false;
        for (int col = 0; col < series.size(); col++) {
            List<Object> data = series.get(col).getData();
            if (data == null) {
                continue;
            }
            for (int i = 0; i < data.size(); i++) {
                Object value = valueOf(data.get(i));
                Object rowKey;
                Object cell;
                List<Object> tuple = asList(value);
                if (tuple != null && tuple.size() >= 2) {
                    rowKey = tuple.get(keyDim);
                    cell = tuple.get(1 - keyDim);
                    rowKey = resolveCategory(rowKey, categories);
                } else if (i < categories.size()) {
                    rowKey = categoryName(categories.get(i));
                    cell = value;
                } else {
                    rowKey = i;
                    cell = value;
                }
                Object k = key(rowKey);
                if (!rows.containsKey(k)) {
                    rows.put(k, new Object[series.size()]);
                    headers.put(k, rowKey);
                    addedKeys = true;
                }
                rows.get(k)[col] = missing(cell) ? null : cell;
            }
        }
        List<Object> order = new ArrayList<>(rows.keySet());
        if (addedKeys && categories.isEmpty()) {
            sortIfComparable(order);
        }
        List<Row> tableRows = new ArrayList<>();
        for (Object k : order) {
            tableRows.add(new Row(headers.get(k), Arrays.asList(rows.get(k))));
        }
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            columns.add(seriesName(series.get(i), i));
        }
        return new TableData(base == null ? null : base.getName(), columns, tableRows);
    }

    // Rows: the radar's indicators. Columns: every item of every radar series.
    private static TableData radar(ChartOption option, List<Series<?>> all) {
        Radar radar = option.getRadar();
        List<Radar.Indicator> indicators = radar == null || radar.getIndicator() == null ? List.of() : radar.getIndicator();
        List<String> columns = new ArrayList<>();
        List<List<?>> values = new ArrayList<>();
        for (Series<?> s : all) {
            if (!(s instanceof RadarSeries) || s.getData() == null) {
                continue;
            }
            for (Object item : s.getData()) {
                String name;
                List<?> value;
                if (item instanceof RadarSeries.Item radarItem) {
                    name = radarItem.getName();
                    value = radarItem.getValue();
                } else {
                    name = item instanceof Map<?, ?> map && map.get("name") != null ? String.valueOf(map.get("name")) : null;
                    value = asList(valueOf(item));
                }
                columns.add(name != null ? name : s.getName() != null ? s.getName() : "Item " + (columns.size() + 1));
                values.add(value == null ? List.of() : value);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            List<Object> cells = new ArrayList<>();
            for (List<?> value : values) {
                Object cell = i < value.size() ? value.get(i) : null;
                cells.add(missing(cell) ? null : cell);
            }
            rows.add(new Row(indicators.get(i).getName(), cells));
        }
        return new TableData(null, columns, rows);
    }

    // Rows: the y categories. Columns: the x categories. Data items are [x, y, value].
    private static TableData heatmap(ChartOption option, List<Series<?>> all) {
        Axis x = first(option.getXAxis());
        Axis y = first(option.getYAxis());
        List<Object> xCats = new ArrayList<>(x == null || x.getData() == null ? List.of() : x.getData());
        List<Object> yCats = new ArrayList<>(y == null || y.getData() == null ? List.of() : y.getData());
        Map<List<Object>, Object> cells = new LinkedHashMap<>();
        for (Series<?> s : all) {
            if (!(s instanceof HeatmapSeries) || s.getData() == null) {
                continue;
            }
            for (Object item : s.getData()) {
                List<Object> tuple = asList(valueOf(item));
                if (tuple == null || tuple.size() < 3) {
                    continue;
                }
                Object xKey = resolveCategory(tuple.get(0), xCats);
                Object yKey = resolveCategory(tuple.get(1), yCats);
                addIfAbsent(xCats, xKey);
                addIfAbsent(yCats, yKey);
                Object v = tuple.get(2);
                cells.put(List.of(key(xKey), key(yKey)), missing(v) ? null : v);
            }
        }
        List<String> columns = new ArrayList<>();
        for (Object c : xCats) {
            columns.add(ChartDataTable.formatDefault(categoryName(c)));
        }
        List<Row> rows = new ArrayList<>();
        for (Object yc : yCats) {
            List<Object> rowCells = new ArrayList<>();
            for (Object xc : xCats) {
                rowCells.add(cells.get(List.of(key(categoryName(xc)), key(categoryName(yc)))));
            }
            rows.add(new Row(categoryName(yc), rowCells));
        }
        return new TableData(y == null ? null : y.getName(), columns, rows);
    }

    private static boolean isBaseAxis(Axis axis) {
        return axis != null && ("category".equals(axis.getType()) || "time".equals(axis.getType()));
    }

    private static Axis first(List<Axis> axes) {
        return axes == null || axes.isEmpty() ? null : axes.get(0);
    }

    private static String seriesName(Series<?> s, int index) {
        return s.getName() != null ? s.getName() : "Series " + (index + 1);
    }

    // A data item may be a plain value or {name, value, ...}.
    private static Object valueOf(Object item) {
        if (item instanceof Map<?, ?> map) {
            return map.get("value");
        }
        return item;
    }

    // Category entries may be plain names or {value: name, textStyle: ...}.
    private static Object categoryName(Object category) {
        if (category instanceof Map<?, ?> map) {
            return map.get("value");
        }
        return category;
    }

    // Data may refer to a category by its index.
    private static Object resolveCategory(Object value, List<Object> categories) {
        for (Object c : categories) {
            if (key(categoryName(c)).equals(key(value))) {
                return categoryName(c);
            }
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && n.intValue() >= 0 && n.intValue() < categories.size()) {
            return categoryName(categories.get(n.intValue()));
        }
        return value;
    }

    private static void addIfAbsent(List<Object> categories, Object value) {
        for (Object c : categories) {
            if (key(categoryName(c)).equals(key(value))) {
                return;
            }
        }
        categories.add(value);
    }

    private static List<Object> asList(Object value) {
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (value != null && value.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(Array.get(value, i));
            }
            return list;
        }
        return null;
    }

    // "-" is ECharts' own marker for a missing value.
    private static boolean missing(Object value) {
        return value == null || "-".equals(value);
    }

    // 1, 1L and 1.0 are the same row.
    private static Object key(Object value) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && !Double.isInfinite(d) ? (Object) n.longValue() : (Object) d;
        }
        return value == null ? "" : value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void sortIfComparable(List<Object> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Class<?> type = keys.get(0).getClass();
        if (Comparable.class.isAssignableFrom(type) && keys.stream().allMatch(k -> k.getClass() == type)) {
            Collections.sort((List) keys);
        }
    }
}
