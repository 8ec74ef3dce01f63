package dk.nextwork.matching;

import java.util.List;

/**
 * Something in the matching that waits for the viewer, for their start view: a text key
 * ({@code matching.notice.*}) with its values, and the app route that takes them to it.
 */
public record Notice(String text, List<Object> values, String route) {

    public Notice {
        values = List.copyOf(values);
    }
}
