package dk.nextwork.platform.content;

import java.util.Locale;

/** The kinds of value a content type's property can hold. */
public enum PropertyType {
    STRING, TEXT, RICHTEXT, BOOLEAN, LONG, DOUBLE, DATE, LINK, ASSET;

    public static PropertyType parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /** Types whose values are text, to which maxLength and pattern apply. */
    public boolean isText() {
        return this == STRING || this == TEXT || this == RICHTEXT || this == LINK || this == ASSET;
    }

    /** Types ordered by value, to which range applies. */
    public boolean isNumeric() {
        return this == LONG || this == DOUBLE;
    }
}
