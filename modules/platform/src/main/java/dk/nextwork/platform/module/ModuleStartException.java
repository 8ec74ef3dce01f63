package dk.nextwork.platform.module;

/** Start-up cannot go on: a module is missing, in a cycle, or one of its tasks failed. */
public class ModuleStartException extends RuntimeException {

    public ModuleStartException(String message) {
        super(message);
    }

    public ModuleStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
