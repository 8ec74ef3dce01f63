package org.vaadin.addons.echartsflow.option;

/** Text style ({@code textStyle}). */
public class TextStyle extends OptionObject<TextStyle> {
    private String color;
    private String fontFamily;
    private Number fontSize;
    private String fontWeight;

    public TextStyle setColor(String color) {
        this.color = color;
        return this;
    }

    public TextStyle setFontFamily(String fontFamily) {
        this.fontFamily = fontFamily;
        return this;
    }

    public TextStyle setFontSize(Number fontSize) {
        this.fontSize = fontSize;
        return this;
    }

    public TextStyle setFontWeight(String fontWeight) {
        this.fontWeight = fontWeight;
        return this;
    }
}
