package dk.nextwork.today.ui;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.Caller;
import dk.nextwork.matching.MatchingNotices;
import dk.nextwork.messaging.Unread;
import dk.nextwork.messaging.network.CompanyNetwork;
import dk.nextwork.identity.Role;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.TouchTarget;
import dk.nextwork.signals.ConcernDialog;
import dk.nextwork.signals.SignalList;
import dk.nextwork.signals.Signals;
import dk.nextwork.today.CompanyDesk;
import dk.nextwork.today.EarlierYoungPerson;
import dk.nextwork.today.PlacedYoungPerson;
import dk.nextwork.reporting.ReportsToFile;

/**
 * {@code /app/today/company}: a company representative's start view: a card per young person
 * placed with them now, their messages and the company network's next meeting, the reports to file
 * by young person, and those placed with them before.
 */
@Route(value = "today/company", layout = MainLayout.class)
@RolesAllowed(Role.COMPANY_REP_ID)
@CssImport("./nextwork-today/today.css")
@Dependent
public class CompanyTodayView extends VerticalLayout implements HasDynamicTitle {

    private final List<PlacedYoungPerson> placed;
    private final List<ReportsToFile> toDo;
    private final List<EarlierYoungPerson> earlier;

    private final Signals signals;

    @Inject
    public CompanyTodayView(CompanyDesk desk, Signals signals, MatchingNotices notices, Unread unread, CompanyNetwork network) {
        this.signals = signals;
        Caller caller = CurrentUser.caller();
        placed = desk.placedNow(caller);
        toDo = desk.toDo(caller);
        earlier = desk.placedBefore(caller);
        add(new H1(getTranslation("today.company.title")));
        Blocks.matchingNotices(this, notices, caller);
        if (placed.isEmpty()) {
            add(Blocks.quiet(getTranslation("today.company.nobody")));
        }
        List<Card> cards = new ArrayList<>(placed.stream().map(this::card).toList());
        cards.add(Blocks.messages(unread, caller));
        cards.add(Blocks.networkMeeting(network, caller));
        add(Blocks.cards(cards.toArray(Card[]::new)));
        add(new H2(getTranslation("today.company.reports")), new ToDoList(toDo));
        if (!earlier.isEmpty()) {
            var list = Blocks.list("company-earlier");
            for (EarlierYoungPerson person : earlier) {
                String when = getTranslation("today.company.earlierWhen", person.from(), person.until());
                var item = Blocks.item(Blocks.link(person.name(), Blocks.developmentPage(person.youngPerson())), Blocks.quiet(
                        person.movedOnTo().map(company -> when + " · " + getTranslation("today.company.movedOn", company))
                                .orElse(when)));
                list.add(item);
            }
            add(new H2(getTranslation("today.company.earlier")), list);
        }
    }

    private Card card(PlacedYoungPerson person) {
        Card card = Blocks.card("company-placed", person.name(),
                Blocks.line(getTranslation("today.company.sinceUntil", person.since(), person.until())),
                Blocks.line(getTranslation("today.company.week." + person.thisWeek().name().toLowerCase(java.util.Locale.ROOT))),
                trend(person),
                Blocks.line(getTranslation("today.company.nextConversation", person.nextConversation())));
        Div shared = new Div();
        shared.addClassName("company-signals");
        if (!person.signals().isEmpty()) {
            shared.add(new SignalList(signals, CurrentUser.get(), person.signals()));
        }
        card.add(shared, Blocks.links(Blocks.link(getTranslation("today.company.open"), Blocks.personPage(person.youngPerson())),
                Blocks.link(getTranslation("today.company.conversation"), Blocks.conversationPage(person.youngPerson()))));
        if (signals.mayFlagConcern(CurrentUser.get(), person.youngPerson())) {
            Button concern = new Button(getTranslation("today.company.concern"), click -> new ConcernDialog(signals,
                    CurrentUser.get(), person.youngPerson(), saved -> {
                        shared.removeAll();
                        shared.add(new SignalList(signals, CurrentUser.get(), signals.open(CurrentUser.caller(), person.youngPerson())));
                    }).open());
            concern.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            concern.addClassName("company-concern");
            concern.getStyle().set("min-height", TouchTarget.MIN_HEIGHT);
            card.add(concern);
        }
        return card;
    }

    private Div trend(PlacedYoungPerson person) {
        Div trend = new Div();
        trend.addClassName("company-trend");
        if (person.recent().isEmpty() || person.trend().isEmpty()) {
            trend.add(Blocks.quiet(getTranslation("today.trend.none")));
            return trend;
        }
        Span bars = new Span();
        bars.addClassName("today-trend");
        bars.getElement().setAttribute("aria-hidden", "true");
        for (double value : person.recent()) {
            Span bar = new Span();
            bar.getStyle().set("height", Math.max(8, Math.round(value)) + "%");
            bars.add(bar);
        }
        var movement = person.trend().get();
        String words = getTranslation("today.trend." + movement.direction().name().toLowerCase(java.util.Locale.ROOT),
                movement.name());
        trend.add(bars, new Span(words + " · " + getTranslation("today.trend.latest",
                Formats.number(Math.round(person.recent().get(person.recent().size() - 1)), getLocale()))));
        return trend;
    }

    List<PlacedYoungPerson> placed() {
        return placed;
    }

    List<ReportsToFile> toDo() {
        return toDo;
    }

    List<EarlierYoungPerson> earlier() {
        return earlier;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("today.company.title"));
    }
}
