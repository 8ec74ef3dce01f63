package org.vaadin.addons.echartsflow.option;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The legend ({@code legend}). */
public class Legend extends OptionObject<Legend> {
    private String type;
    private Boolean show;
    private List<Object> data;
    private Object top;
    private Object bottom;
    private Object left;
    private Object right;
    private String orient;
    private Map<String, Boolean> selected;

    public String getType() {
        return type;
    }

    /** {@code plain} or {@code scroll}. */
    public Legend setType(String type) {
        this.type = type;
        return this;
    }

    public Boolean getShow() {
        return show;
    }

    public Legend setShow(Boolean show) {
        this.show = show;
        return this;
    }

    public List<Object> getData() {
        return data;
    }

    /** Series names shown in the legend; without it ECharts lists all series. */
    public Legend setData(String... names) {
        this.data = new ArrayList<>(Arrays.asList(names));
        return this;
    }

    public Legend setData(List<?> data) {
        this.data = data == null ? null : new ArrayList<>(data);
        return this;
    }

    public Legend setTop(Object top) {
        this.top = top;
        return this;
    }

    public Legend setBottom(Object bottom) {
        this.bottom = bottom;
        return this;
    }

    public Legend setLeft(Object left) {
        this.left = left;
        return this;
    }

    public Legend setRight(Object right) {
        this.right = right;
        return this;
    }

    /** {@code horizontal} or {@code vertical}. */
    public Legend setOrient(String orient) {
        this.orient = orient;
        return this;
    }

    public Map<String, Boolean> getSelected() {
        return selected;
    }

    /** Which series are switched on; missing names are on. */
    public Legend setSelected(Map<String, Boolean> selected) {
        this.selected = selected == null ? null : new LinkedHashMap<>(selected);
        return this;
    }

    public Legend setSelected(String name, boolean on) {
        if (selected == null) {
            selected = new LinkedHashMap<>();
        }
        selected.put(name, on);
        return this;
    }
}
