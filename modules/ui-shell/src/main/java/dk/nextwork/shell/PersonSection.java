package dk.nextwork.shell;

import java.util.Optional;

import com.vaadin.flow.component.Component;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.UserAccount;

/**
 * A part of a young person's page ({@code /app/people/<id>}) that a module adds, such as their
 * course: a CDI bean of this type in the module's bean archive. The page has checked that the
 * viewer may see the young person; each section shows only what its own services let the viewer
 * see, and nothing (empty) when that is nothing.
 */
public interface PersonSection {

    /** The section's place on the page, lowest first. */
    int order();

    Optional<Component> create(Caller viewer, UserAccount person);
}
