package dk.nextwork.development;

/** Where the development views open, for links from other modules (with {@code ?person=<id>}). */
public final class DevelopmentRoutes {

    public static final String PICTURE = "development";
    public static final String CONVERSATION = "development/conversation";

    private DevelopmentRoutes() {
    }
}
