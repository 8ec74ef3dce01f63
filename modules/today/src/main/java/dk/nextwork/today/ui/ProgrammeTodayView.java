package dk.nextwork.today.ui;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.Role;
import dk.nextwork.matching.MatchingNotices;
import dk.nextwork.messaging.Unread;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.signals.SignalList;
import dk.nextwork.signals.Signals;
import dk.nextwork.today.ProgrammeGlance;
import dk.nextwork.today.ProgrammeOverview;

/**
 * {@code /app/today/programme}: a coordinator's start view: the programme at a glance.
 */
@Route(value = "today/programme", layout = MainLayout.class)
@RolesAllowed(Role.COORDINATOR_ID)
@CssImport("./nextwork-today/today.css")
@Dependent
public class ProgrammeTodayView extends VerticalLayout implements HasDynamicTitle {

    private final ProgrammeGlance glance;

    @Inject
    public ProgrammeTodayView(ProgrammeOverview overview, Signals signals, MatchingNotices notices, Unread unread) {
        glance = overview.glance(CurrentUser.caller());
        Card open = Blocks.card("programme-signals", getTranslation("today.signals.title", glance.signalsCount()),
                Blocks.quiet(getTranslation("today.signals.help")), new SignalList(signals, CurrentUser.get(), glance.signals()));
        more(open, glance.signalsCount() - glance.signals().size());
        add(new H1(getTranslation("today.programme.title")));
        Blocks.matchingNotices(this, notices, CurrentUser.caller());
        add(Blocks.cards(unplaced(), ending(), places(), overdue(), open, Blocks.messages(unread, CurrentUser.caller())));
    }

    private Card unplaced() {
        var list = Blocks.list("programme-unplaced");
        for (ProgrammeGlance.Unplaced person : glance.withoutPlacement()) {
            list.add(Blocks.item(Blocks.link(person.name(), Blocks.personPage(person.youngPerson())), Blocks.quiet(person.nextStart()
                    .map(start -> getTranslation("today.programme.startsOn", start))
                    .orElse(getTranslation("today.programme.nothingPlanned")))));
        }
        return counted("programme-unplaced-card", "today.programme.unplaced", glance.withoutPlacementCount(), list,
                "today.programme.allPlaced", glance.withoutPlacementCount() - glance.withoutPlacement().size());
    }

    private Card ending() {
        var list = Blocks.list("programme-ending");
        for (ProgrammeGlance.Ending placement : glance.endingSoon()) {
            list.add(Blocks.item(Blocks.link(placement.name(), Blocks.personPage(placement.youngPerson())),
                    Blocks.quiet(getTranslation("today.programme.endsAt", placement.companyName(), placement.lastDay()))));
        }
        return counted("programme-ending-card", "today.programme.ending", glance.endingSoonCount(), list,
                "today.programme.noneEnding", glance.endingSoonCount() - glance.endingSoon().size());
    }

    private Card places() {
        var list = Blocks.list("programme-places");
        for (ProgrammeGlance.CompanyPlaces company : glance.capacity()) {
            list.add(Blocks.item(new Span(company.name()), Blocks.quiet(getTranslation("today.programme.freeOf",
                    company.free(), company.places()))));
        }
        return counted("programme-places-card", "today.programme.places", glance.freePlaces(), list,
                "today.programme.noCompanies", glance.companies() - glance.capacity().size());
    }

    private Card overdue() {
        var list = Blocks.list("programme-overdue");
        for (ProgrammeGlance.CompanyOverdue company : glance.overdue()) {
            list.add(Blocks.item(new Span(company.name()), Blocks.quiet(getTranslation(company.overdue() == 1
                    ? "today.programme.overdueOne" : "today.programme.overdueMany", company.overdue()))));
        }
        return counted("programme-overdue-card", "today.programme.overdue", glance.overdueReports(), list,
                "today.programme.noneOverdue", glance.overdueCompanies() - glance.overdue().size());
    }

    /** A card with its count of all, the first of them listed, and how many more there are. */
    private Card counted(String className, String titleKey, int count, com.vaadin.flow.component.html.UnorderedList list,
                         String emptyKey, int more) {
        Card card = Blocks.card(className, getTranslation(titleKey, count));
        card.add(list.getChildren().findAny().isPresent() ? list : Blocks.quiet(getTranslation(emptyKey)));
        more(card, more);
        return card;
    }

    /** Says how many the list leaves out, when it does. */
    private void more(Card card, int more) {
        if (more > 0) {
            var line = Blocks.quiet(getTranslation("today.programme.more", more));
            line.addClassName("programme-more");
            card.add(line);
        }
    }

    ProgrammeGlance glance() {
        return glance;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("today.programme.title"));
    }
}
