package dk.nextwork.archintruder;

import dk.nextwork.archexample.PublicService;
import dk.nextwork.archexample.ui.HiddenView;

/** Breaks the module rule on purpose (it uses another module's view), so the rules' test sees them catch it. */
public class Intruder {

    public static String both() {
        return PublicService.answer() + HiddenView.title();
    }
}
