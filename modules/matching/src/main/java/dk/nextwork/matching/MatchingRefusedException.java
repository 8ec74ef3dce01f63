package dk.nextwork.matching;

import dk.nextwork.platform.i18n.RefusedException;

/**
 * Something the matching's rules refuse; nothing was changed. {@code reason} is a text key
 * ({@code matching.refused.*}) and {@code values} fill it in.
 */
public class MatchingRefusedException extends RefusedException {

    public MatchingRefusedException(String reason, Object... values) {
        super(reason, values);
    }
}
