package dk.nextwork.archexample;

/** The example module's API, for the architecture rules' own test: any module may use it. */
public class PublicService {

    public static String answer() {
        return "public";
    }
}
