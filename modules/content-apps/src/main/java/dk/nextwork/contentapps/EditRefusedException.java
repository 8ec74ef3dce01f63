package dk.nextwork.contentapps;

import dk.nextwork.platform.i18n.RefusedException;

/**
 * An editing action that cannot be done, and nothing was changed. {@code reason} is a text key
 * ({@code content.refused.*}) and {@code values} fill it in.
 */
public class EditRefusedException extends RefusedException {

    public EditRefusedException(String reason, Object... values) {
        super(reason, values);
    }
}
