package dk.nextwork.platform.lightmodule;

/** A definition file that could not be used: which file, which line (1-based, 0 if unknown), why. */
public record DefinitionProblem(String file, int line, String reason) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
