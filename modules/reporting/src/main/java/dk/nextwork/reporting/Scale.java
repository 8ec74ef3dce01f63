package dk.nextwork.reporting;

import java.util.List;

/**
 * The steps an indicator is rated on, from {@code min} to {@code max}, each with an anchor text
 * saying what it means (anchors.get(0) belongs to {@code min}).
 */
public record Scale(int min, int max, List<Bilingual> anchors) {

    public Scale {
        anchors = List.copyOf(anchors);
    }

    public boolean contains(int rating) {
        return rating >= min && rating <= max;
    }

    /** The anchor of a step. */
    public Bilingual anchor(int rating) {
        return anchors.get(rating - min);
    }

    /** A rating on a 0–100 scale, so indicators on different scales can be combined. */
    public double normalised(int rating) {
        return (rating - min) * 100.0 / (max - min);
    }
}
