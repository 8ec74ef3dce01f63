package dk.nextwork.signals;

import dk.nextwork.platform.i18n.RefusedException;

/** A concern or an action the rules refuse; nothing was saved. {@code reason} is a text key ({@code signals.refused.*}). */
public class SignalsRefusedException extends RefusedException {

    public SignalsRefusedException(String reason, Object... values) {
        super(reason, values);
    }
}
