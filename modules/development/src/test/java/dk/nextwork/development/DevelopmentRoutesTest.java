package dk.nextwork.development;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.router.Route;

import dk.nextwork.development.ui.ConversationView;
import dk.nextwork.development.ui.DevelopmentView;

/** Links from other modules go where the views are. */
class DevelopmentRoutesTest {

    @Test
    void theRoutesAreTheViews() {
        assertEquals(DevelopmentView.class.getAnnotation(Route.class).value(), DevelopmentRoutes.PICTURE);
        assertEquals(ConversationView.class.getAnnotation(Route.class).value(), DevelopmentRoutes.CONVERSATION);
    }
}
