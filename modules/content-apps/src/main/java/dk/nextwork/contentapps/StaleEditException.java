package dk.nextwork.contentapps;

/**
 * Somebody else saved, published or restored the item after it was opened: the save is refused,
 * and nothing is written. Carries the item as it is now, to reload or compare.
 */
public class StaleEditException extends EditRefusedException {

    private final transient EditableItem current;

    public StaleEditException(EditableItem current) {
        super("content.refused.stale", current.lastEditor().orElse("?"));
        this.current = current;
    }

    public EditableItem current() {
        return current;
    }
}
