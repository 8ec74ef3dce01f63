package dk.nextwork.archexample.ui;

/** A view of an example module, for the architecture rules' own test: no other module may use it. */
public class HiddenView {

    public static String title() {
        return "hidden";
    }
}
