package dk.nextwork.development;

import dk.nextwork.platform.i18n.RefusedException;

/** A conversation the rules refuse; nothing was saved. {@code reason} is a text key ({@code development.refused.*}). */
public class DevelopmentRefusedException extends RefusedException {

    public DevelopmentRefusedException(String reason, Object... values) {
        super(reason, values);
    }
}
