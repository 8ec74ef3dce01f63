package dk.nextwork.archexample;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A component the example module's API shares with other modules' views: a view part, which the rules allow. */
public class PublicPart extends Div {

    public PublicPart() {
        add(new Span(PublicService.answer()));
    }
}
