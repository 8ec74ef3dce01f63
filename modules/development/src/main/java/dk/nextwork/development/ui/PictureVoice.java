package dk.nextwork.development.ui;

import java.io.Serializable;
import java.util.function.BiFunction;

import dk.nextwork.development.DevelopmentPicture;

/**
 * Whom the picture's texts speak to: the young person looking at their own picture is "du", and
 * anyone else reads about them by their first name, never "den unge". A voiced text has two
 * keys, {@code <key>.you} and {@code <key>.named}; both get the first name as {@code {0}} and
 * their own values from {@code {1}}.
 */
record PictureVoice(boolean own, String firstName, BiFunction<String, Object[], String> texts) implements Serializable {

    static PictureVoice of(DevelopmentPicture picture, String viewer, BiFunction<String, Object[], String> texts) {
        return new PictureVoice(picture.youngPerson().equals(viewer), picture.firstName(), texts);
    }

    String text(String key, Object... values) {
        Object[] all = new Object[values.length + 1];
        all[0] = firstName;
        System.arraycopy(values, 0, all, 1, values.length);
        return texts.apply(key + (own ? ".you" : ".named"), all);
    }
}
