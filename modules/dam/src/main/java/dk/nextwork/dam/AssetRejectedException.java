package dk.nextwork.dam;

/**
 * An upload the DAM refuses, with the reason as a text key ({@code dam.rejected.tooLarge}, …) and
 * the values to fill into it, so the editor gets a clear message in their language.
 */
public class AssetRejectedException extends Exception {

    private final String reason;
    private final transient Object[] values;

    public AssetRejectedException(String reason, String message, Object... values) {
        super(message);
        this.reason = reason;
        this.values = values;
    }

    public String reason() {
        return reason;
    }

    public Object[] values() {
        return values.clone();
    }
}
