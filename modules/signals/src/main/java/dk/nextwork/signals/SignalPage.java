package dk.nextwork.signals;

import java.util.List;

/**
 * A page of open signals: those shown, and how many there are in all.
 *
 * @param shown the signals on the page, positive ones first, then the newest
 * @param total how many open signals there are, those on the page included
 */
public record SignalPage(List<Signal> shown, int total) {

    public SignalPage {
        shown = List.copyOf(shown);
    }

    /** How many are not on the page. */
    public int more() {
        return Math.max(0, total - shown.size());
    }
}
