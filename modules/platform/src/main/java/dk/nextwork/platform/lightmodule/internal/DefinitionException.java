package dk.nextwork.platform.lightmodule.internal;

/** A definition is wrong at a line (1-based). */
final class DefinitionException extends Exception {

    private final int line;

    DefinitionException(int line, String reason) {
        super(reason);
        this.line = line;
    }

    int line() {
        return line;
    }
}
