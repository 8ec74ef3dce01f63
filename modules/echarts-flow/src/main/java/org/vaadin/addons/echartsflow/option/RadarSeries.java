package org.vaadin.addons.echartsflow.option;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code radar} series: each {@link Item} is one polygon with a value per radar indicator.
 */
public class RadarSeries extends Series<RadarSeries> {

    public RadarSeries() {
        super("radar");
    }

    public RadarSeries(String name) {
        this();
        setName(name);
    }

    /** Appends one polygon. */
    public RadarSeries addItem(Item item) {
        return addData(item);
    }

    public RadarSeries addItem(String name, List<? extends Number> value) {
        return addItem(new Item(name, value));
    }

    /** The polygons added as {@link Item}s, in order. */
    public List<Item> getItems() {
        List<Item> items = new ArrayList<>();
        if (getData() != null) {
            for (Object o : getData()) {
                if (o instanceof Item item) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    /** One polygon of a radar series ({@code series[i].data[j]}). */
    public static class Item extends OptionObject<Item> {
        private String name;
        private List<Number> value;
        private Object symbol;
        private Object symbolSize;
        private LineStyle lineStyle;
        private AreaStyle areaStyle;
        private ItemStyle itemStyle;
        private Label label;

        public Item() {
        }

        public Item(String name, List<? extends Number> value) {
            this.name = name;
            setValue(value);
        }

        public String getName() {
            return name;
        }

        public Item setName(String name) {
            this.name = name;
            return this;
        }

        public List<Number> getValue() {
            return value;
        }

        /** One value per indicator, in indicator order; {@code null} for a missing value. */
        public Item setValue(List<? extends Number> value) {
            this.value = value == null ? null : new ArrayList<>(value);
            return this;
        }

        public Item setSymbol(Object symbol) {
            this.symbol = symbol;
            return this;
        }

        public Item setSymbolSize(Object symbolSize) {
            this.symbolSize = symbolSize;
            return this;
        }

        public Item setLineStyle(LineStyle lineStyle) {
            this.lineStyle = lineStyle;
            return this;
        }

        public Item setAreaStyle(AreaStyle areaStyle) {
            this.areaStyle = areaStyle;
            return this;
        }

        public Item setItemStyle(ItemStyle itemStyle) {
            this.itemStyle = itemStyle;
            return this;
        }

        public Item setLabel(Label label) {
            this.label = label;
            return this;
        }
    }
}
