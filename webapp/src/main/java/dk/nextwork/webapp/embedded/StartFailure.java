package dk.nextwork.webapp.embedded;

/** Finds, in the wrapping a servlet container adds, the reason a person can act on. */
final class StartFailure {

    private StartFailure() {
    }

    static String explain(Throwable failure) {
        Throwable ours = null;
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (ours == null && t.getClass().getName().startsWith("dk.nextwork.")) {
                ours = t;
            }
            root = t;
            if (t.getCause() == t) {
                break;
            }
        }
        Throwable chosen = ours != null ? ours : root;
        return chosen.getMessage() != null ? chosen.getMessage() : chosen.toString();
    }
}
