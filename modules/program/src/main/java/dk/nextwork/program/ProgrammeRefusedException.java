package dk.nextwork.program;

import java.util.List;

/**
 * A programme action that breaks one of the programme's rules; nothing was changed. {@code reason}
 * is a text key ({@code program.refused.*}) and {@code values} fill it in.
 */
public class ProgrammeRefusedException extends Exception {

    private final String reason;
    private final transient List<Object> values;

    public ProgrammeRefusedException(String reason, Object... values) {
        super(reason + " " + List.of(values));
        this.reason = reason;
        this.values = List.of(values);
    }

    public String reason() {
        return reason;
    }

    public Object[] values() {
        return values.toArray();
    }
}
