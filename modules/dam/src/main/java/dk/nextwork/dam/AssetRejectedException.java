package dk.nextwork.dam;

import dk.nextwork.platform.i18n.RefusedException;

/**
 * An upload the DAM refuses, with the reason as a text key ({@code dam.refused.tooLarge}, …) and
 * the values to fill into it, so the editor gets a clear message in their language.
 */
public class AssetRejectedException extends RefusedException {

    public AssetRejectedException(String reason, String message, Object... values) {
        super(reason, message, values);
    }
}
