package dk.nextwork.program;

import dk.nextwork.platform.i18n.RefusedException;

/**
 * A programme action that breaks one of the programme's rules; nothing was changed. {@code reason}
 * is a text key ({@code program.refused.*}) and {@code values} fill it in.
 */
public class ProgrammeRefusedException extends RefusedException {

    public ProgrammeRefusedException(String reason, Object... values) {
        super(reason, values);
    }
}
