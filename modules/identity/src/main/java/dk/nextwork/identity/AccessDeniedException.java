package dk.nextwork.identity;

/** The signed-in user may not see or change what they asked for; the attempt is audited. */
public class AccessDeniedException extends RuntimeException {

    /** Vaadin's navigation access control creates one this way when a role may not open a view. */
    public AccessDeniedException() {
        super("access denied");
    }

    public AccessDeniedException(String message) {
        super(message);
    }
}
