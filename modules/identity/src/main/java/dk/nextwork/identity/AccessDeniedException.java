package dk.nextwork.identity;

/** The signed-in user may not see or change what they asked for; the attempt is audited. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
